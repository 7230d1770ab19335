package ops

import (
	"sort"
	"time"

	"github.com/navarb/navarb/venues"
)

// TrackerOptions configure a Tracker.
type TrackerOptions struct {
	// Tokens name each token's pool, for its premium.
	Tokens []TokenRef
	// Limits past which data is stale (the risk gate's max ages).
	MaxBookAge, MaxPoolAge, MaxNAVAge time.Duration
	// Latency receives decision-to-settlement times of loops (venue: the
	// chain, op "loop"); nil: not recorded.
	Latency Recorder
}

// TokenRef ties a token to the pool it trades on.
type TokenRef struct{ Symbol, Pool string }

type srcKey struct{ venue, name string }

type seen struct {
	at    time.Time
	stale bool
	price float64 // pools: the latest marginal price
}

// Tracker follows the event stream for what the engine does not report:
// each data source's last update, the latest pool prices and NAVs (for
// premiums) and loop latencies. It is owned by the run loop's goroutine and
// is not safe for concurrent use; Observe does not allocate once every
// source has been seen.
type Tracker struct {
	o         TrackerOptions
	books     map[srcKey]*seen
	pools     map[string]*seen
	poolVenue map[string]string
	navs      map[string]*seen   // issuer NAV, by token
	nav       map[string]float64 // by token
	venueDown map[string]bool    // venue-wide stale status
	submitted map[uint64]time.Time
	chains    map[uint64]string

	// One-entry caches: a venue sends the same few names again and again.
	lastBook     srcKey
	lastBookSeen *seen
	lastPool     string
	lastPoolSeen *seen
}

// NewTracker builds a tracker. It does no I/O.
func NewTracker(o TrackerOptions) *Tracker {
	return &Tracker{
		o:         o,
		books:     map[srcKey]*seen{},
		pools:     map[string]*seen{},
		poolVenue: map[string]string{},
		navs:      map[string]*seen{},
		nav:       map[string]float64{},
		venueDown: map[string]bool{},
		submitted: map[uint64]time.Time{},
		chains:    map[uint64]string{},
	}
}

// Submitted records a loop handed to an executor at now, for its latency.
func (t *Tracker) Submitted(p *venues.Plan, now time.Time) {
	if t.o.Latency != nil {
		t.submitted[p.ID] = now
		t.chains[p.ID] = p.Chain
	}
}

// Observe takes one event.
func (t *Tracker) Observe(ev venues.Event) {
	switch e := ev.(type) {
	case *venues.BookUpdate:
		s := t.lastBookSeen
		if s == nil || t.lastBook.name != e.Symbol || t.lastBook.venue != e.Venue {
			k := srcKey{e.Venue, e.Symbol}
			if s = t.books[k]; s == nil {
				s = &seen{}
				t.books[k] = s
			}
			t.lastBook, t.lastBookSeen = k, s
		}
		s.at, s.stale = e.Time, e.Stale
	case *venues.PoolUpdate:
		s := t.lastPoolSeen
		if s == nil || t.lastPool != e.Pool {
			if s = t.pools[e.Pool]; s == nil {
				s = &seen{}
				t.pools[e.Pool] = s
				t.poolVenue[e.Pool] = e.Venue
			}
			t.lastPool, t.lastPoolSeen = e.Pool, s
		}
		s.at, s.stale = e.Time, e.Stale
		s.price = e.Price()
	case *venues.NAVUpdate:
		if e.Source != venues.NAVIssuer {
			return
		}
		s := t.navs[e.Token]
		if s == nil {
			s = &seen{}
			t.navs[e.Token] = s
		}
		s.at = e.Time
		t.nav[e.Token] = e.NAV
	case *venues.VenueStatus:
		if e.Symbol == "" {
			t.venueDown[e.Venue] = e.Stale
			return
		}
		if s := t.books[srcKey{e.Venue, e.Symbol}]; s != nil {
			s.stale = e.Stale
		}
	case *venues.TxReceipt:
		if at, ok := t.submitted[e.PlanID]; ok {
			t.o.Latency.ObserveLatency(t.chains[e.PlanID], "loop", e.Time.Sub(at))
			delete(t.submitted, e.PlanID)
			delete(t.chains, e.PlanID)
		}
	}
}

// Fill sets the snapshot's time, premiums and data ages as of now.
func (t *Tracker) Fill(s *Snapshot, now time.Time) {
	s.Time = now
	s.PremiumBps = make(map[string]float64, len(t.o.Tokens))
	for _, tok := range t.o.Tokens {
		p := t.pools[tok.Pool]
		if nav := t.nav[tok.Symbol]; nav > 0 && p != nil && p.price > 0 {
			s.PremiumBps[tok.Symbol] = (p.price/nav - 1) * 1e4
		}
	}
	s.Data = s.Data[:0]
	for k, b := range t.books {
		s.Data = append(s.Data, t.age("book", k.venue, k.name, b, now, t.o.MaxBookAge))
	}
	for pool, p := range t.pools {
		s.Data = append(s.Data, t.age("pool", t.poolVenue[pool], pool, p, now, t.o.MaxPoolAge))
	}
	for tok, n := range t.navs {
		s.Data = append(s.Data, t.age("nav", tok, "issuer", n, now, t.o.MaxNAVAge))
	}
	sort.Slice(s.Data, func(i, j int) bool { return s.Data[i].Label() < s.Data[j].Label() })
}

func (t *Tracker) age(kind, venue, name string, s *seen, now time.Time, limit time.Duration) DataAge {
	age := now.Sub(s.at)
	if age < 0 {
		age = 0
	}
	stale := s.stale || t.venueDown[venue] || (limit > 0 && age > limit)
	return DataAge{Kind: kind, Venue: venue, Name: name, Age: age, Stale: stale}
}
