package binance

import (
	"time"

	"github.com/navarb/navarb/venues"
)

// Diff is one depth update event: the levels that changed between update
// ids First (U) and Last (u), as absolute quantities (zero removes a level).
// PrevLast (pu) is the previous event's Last on USD-M futures streams; spot
// streams leave it zero.
type Diff struct {
	Time        time.Time
	First, Last int64
	PrevLast    int64
	Bids, Asks  []venues.Level
}

// SyncResult says what a LocalBook did with a diff or a snapshot.
type SyncResult uint8

// Sync results.
const (
	// Buffered: the book is waiting for a snapshot; the event is kept.
	Buffered SyncResult = iota + 1
	// Ignored: the event is already contained in the book.
	Ignored
	// Applied: the event was applied and the book is in sync.
	Applied
	// Synced: a snapshot (and the buffered events after it) was applied.
	Synced
	// NeedSnapshot: a sequence gap, or a snapshot older than the buffered
	// events. The book cannot be used until a new snapshot syncs it.
	NeedSnapshot
)

func (r SyncResult) String() string {
	switch r {
	case Buffered:
		return "buffered"
	case Ignored:
		return "ignored"
	case Applied:
		return "applied"
	case Synced:
		return "synced"
	case NeedSnapshot:
		return "need_snapshot"
	}
	return "unknown"
}

// maxBuffered bounds the events kept while waiting for a snapshot; past it
// the oldest half is dropped (the next snapshot is newer anyway, or the
// resulting gap asks for another).
const maxBuffered = 8192

// LocalBook keeps a Book in sync with a diff stream by Binance's documented
// procedure. Spot: drop events with u <= lastUpdateId, the first applied
// event has U <= lastUpdateId+1 <= u, every later one U == previous u + 1.
// USD-M futures: drop events with u < lastUpdateId, the first applied event
// has U <= lastUpdateId <= u (or pu == lastUpdateId), every later one
// pu == previous u. Anything else is a gap and needs a new snapshot.
//
// A LocalBook is not safe for concurrent use: one goroutine owns it.
type LocalBook struct {
	book    Book
	futures bool
	synced  bool
	started bool // a diff has been applied since the snapshot
	last    int64
	buf     []Diff
}

// NewLocalBook returns an unsynced book. futures selects the USD-M rules.
func NewLocalBook(futures bool, capacity int) *LocalBook {
	return &LocalBook{book: *NewBook(capacity), futures: futures}
}

// Synced reports whether the book is in sync with the stream.
func (l *LocalBook) Synced() bool { return l.synced }

// LastUpdateID is the update id the book reflects.
func (l *LocalBook) LastUpdateID() int64 { return l.last }

// Book gives read access to the levels; they are only meaningful while
// Synced.
func (l *LocalBook) Book() *Book { return &l.book }

// Invalidate drops sync (after a disconnect): the book waits for a new
// snapshot and forgets buffered events.
func (l *LocalBook) Invalidate() {
	l.synced, l.started = false, false
	clear(l.buf)
	l.buf = l.buf[:0]
}

// Apply takes one diff event from the stream.
func (l *LocalBook) Apply(d Diff) SyncResult {
	if !l.synced {
		l.buffer(d)
		return Buffered
	}
	r := l.step(d)
	if r == NeedSnapshot {
		l.synced, l.started = false, false
		clear(l.buf)
		l.buf = append(l.buf[:0], d)
	}
	return r
}

func (l *LocalBook) buffer(d Diff) {
	if len(l.buf) >= maxBuffered {
		n := copy(l.buf, l.buf[len(l.buf)/2:])
		clear(l.buf[n:])
		l.buf = l.buf[:n]
	}
	l.buf = append(l.buf, d)
}

// step applies d to a synced book or reports a gap.
func (l *LocalBook) step(d Diff) SyncResult {
	var ok bool
	if l.futures {
		if d.Last < l.last || (l.started && d.Last == l.last) {
			return Ignored
		}
		if l.started {
			ok = d.PrevLast == l.last
		} else {
			ok = (d.First <= l.last && l.last <= d.Last) || d.PrevLast == l.last
		}
	} else {
		if d.Last <= l.last {
			return Ignored
		}
		if l.started {
			ok = d.First == l.last+1
		} else {
			ok = d.First <= l.last+1
		}
	}
	if !ok {
		return NeedSnapshot
	}
	for _, v := range d.Bids {
		l.book.Set(venues.Buy, v.Price, v.Qty)
	}
	for _, v := range d.Asks {
		l.book.Set(venues.Sell, v.Price, v.Qty)
	}
	l.last = d.Last
	l.started = true
	return Applied
}

// Snapshot installs a REST depth snapshot and replays the buffered events
// after it. It returns Synced, or NeedSnapshot when the snapshot is older
// than the first buffered event still needed or the buffer has a gap (the
// events from the gap on stay buffered).
func (l *LocalBook) Snapshot(lastUpdateID int64, bids, asks []venues.Level) SyncResult {
	l.book.Clear()
	for _, v := range bids {
		l.book.Set(venues.Buy, v.Price, v.Qty)
	}
	for _, v := range asks {
		l.book.Set(venues.Sell, v.Price, v.Qty)
	}
	l.last, l.started, l.synced = lastUpdateID, false, true
	buf := l.buf
	for i, d := range buf {
		if l.step(d) == NeedSnapshot {
			n := copy(buf, buf[i:])
			clear(buf[n:])
			l.buf = buf[:n]
			l.synced, l.started = false, false
			return NeedSnapshot
		}
	}
	clear(buf)
	l.buf = buf[:0]
	return Synced
}
