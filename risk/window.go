package risk

import (
	"math"
	"time"
)

// Gas window geometry: one-minute buckets, 24 hours of them.
const (
	bucketSeconds = 60
	hourBuckets   = 60
	dayBuckets    = 24 * hourBuckets
)

// gasWindow sums gas spent over the last hour and the last day without
// allocating. Spending is kept in integer micro-dollars (1e-6 USD) in a ring
// of one-minute buckets, so the running sums are exact and never drift.
//
// Granularity: a spend falls into the bucket of its (UTC, Unix) minute, and
// the hour window is the current minute's bucket plus the 59 before it. A
// spend therefore counts in the hourly sum for between 59 and 60 minutes
// after it happened (and in the daily sum for between 1439 and 1440).
// Spending reported with a time older than the newest bucket is booked in the
// newest bucket (it counts a little longer, never shorter).
type gasWindow struct {
	buckets [dayBuckets]int64
	last    int64 // minute index of the newest bucket
	hour    int64 // sum of the newest hourBuckets buckets
	day     int64 // sum of all buckets
}

func minuteOf(t time.Time) int64 {
	s := t.Unix()
	m := s / bucketSeconds
	if s%bucketSeconds < 0 {
		m--
	}
	return m
}

func ringIndex(m int64) int {
	i := m % dayBuckets
	if i < 0 {
		i += dayBuckets
	}
	return int(i)
}

func (w *gasWindow) reset(m int64) {
	w.buckets = [dayBuckets]int64{}
	w.hour, w.day, w.last = 0, 0, m
}

// advance moves the window forward to minute m, expiring old buckets. Time
// never runs backwards: an older m is a no-op.
func (w *gasWindow) advance(m int64) {
	if m <= w.last {
		return
	}
	if m-w.last >= dayBuckets {
		w.reset(m)
		return
	}
	for x := w.last + 1; x <= m; x++ {
		w.hour -= w.buckets[ringIndex(x-hourBuckets)] // minute x-60 leaves the hour
		i := ringIndex(x)                             // minute x-1440 leaves the day
		w.day -= w.buckets[i]
		w.buckets[i] = 0
	}
	w.last = m
}

func (w *gasWindow) add(m int64, micro int64) {
	w.advance(m)
	w.buckets[ringIndex(w.last)] += micro
	w.hour += micro
	w.day += micro
}

// maxMicro caps one amount (1e9 USD) so that sums cannot overflow int64.
const maxMicro = 1e15

// toMicro converts a non-negative USD amount to micro-dollars; negative,
// NaN or zero amounts are 0 and huge ones are capped.
func toMicro(usd float64) int64 {
	if !(usd > 0) {
		return 0
	}
	v := math.Round(usd * 1e6)
	if v > maxMicro {
		return maxMicro
	}
	return int64(v)
}

func fromMicro(v int64) float64 { return float64(v) / 1e6 }
