package mm_test

import (
	"testing"
	"time"

	"github.com/navarb/navarb/strategy/mm"
	"github.com/navarb/navarb/venues"
)

// oneLadder is a single-level ladder: bid 99.00 x 10, ask 101.00 x 10.
func oneLadder() (bids, asks []mm.Quote) {
	return []mm.Quote{{Side: venues.Buy, Price: 99, Qty: 10, Ticks: 9900, Lots: 100}},
		[]mm.Quote{{Side: venues.Sell, Price: 101, Qty: 10, Ticks: 10100, Lots: 100}}
}

// kinds counts actions by kind.
func kinds(acts []mm.Action) (keep, cancel, place int) {
	for _, a := range acts {
		switch a.Kind {
		case mm.Keep:
			keep++
		case mm.Cancel:
			cancel++
		case mm.Place:
			place++
		}
	}
	return
}

// TestReconcileRefresh: tolerance 3 bps, max age 30 s. A bid resting at
// 99 x (1 + moveBps/1e4), placed age ago, against a desired bid at 99.
func TestReconcileRefresh(t *testing.T) {
	tests := []struct {
		name    string
		moveBps float64
		age     time.Duration
		qty     float64
		keep    bool
	}{
		{"exact", 0, time.Second, 10, true},
		{"inside tolerance up", 2.9, time.Second, 10, true},
		{"inside tolerance down", -2.9, time.Second, 10, true},
		{"past tolerance up", 3.1, time.Second, 10, false},
		{"past tolerance down", -3.1, time.Second, 10, false},
		{"at max age", 0, 30 * time.Second, 10, true},
		{"aged out", 0, 31 * time.Second, 10, false},
		{"partially filled", 0, time.Second, 4, true},
		{"larger than desired", 0, time.Second, 12, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := baseParams()
			bids, asks := oneLadder()
			resting := []mm.Resting{
				{ClientID: "b", Side: venues.Buy, Price: 99 * (1 + tt.moveBps/1e4), Qty: tt.qty, Placed: t0.Add(-tt.age)},
				{ClientID: "a", Side: venues.Sell, Price: 101, Qty: 10, Placed: t0},
			}
			acts, sum := mm.Reconcile(resting, bids, asks, &p, 10, t0, nil)
			keep, cancel, place := kinds(acts)
			wantKeep, wantCancel, wantPlace := 2, 0, 0
			if !tt.keep {
				wantKeep, wantCancel, wantPlace = 1, 1, 1
			}
			if keep != wantKeep || cancel != wantCancel || place != wantPlace {
				t.Fatalf("keep/cancel/place = %d/%d/%d, want %d/%d/%d: %+v", keep, cancel, place, wantKeep, wantCancel, wantPlace, acts)
			}
			if sum.Kept != keep || sum.Cancels != cancel || sum.Places != place || sum.Deferred != 0 {
				t.Errorf("summary %+v disagrees with actions", sum)
			}
			for _, a := range acts {
				switch a.Kind {
				case mm.Cancel:
					if a.Resting != 0 || a.Side != venues.Buy {
						t.Errorf("cancel %+v, want resting 0 (the bid)", a)
					}
				case mm.Place:
					if a.Desired != 0 || a.Side != venues.Buy || a.Resting != -1 {
						t.Errorf("place %+v, want desired bid 0", a)
					}
				}
			}
		})
	}
}

// TestReconcileMinimal: a resting set equal to the ladder needs nothing; an
// empty one needs every place; orders nobody wants are cancelled; the
// closest order serves a level.
func TestReconcileMinimal(t *testing.T) {
	p := baseParams()
	m := mm.Market{Fair: 100}
	bids, asks, ok := mm.Ladder(&m, &p, nil, nil)
	if !ok {
		t.Fatal("no ladder")
	}
	var same []mm.Resting
	for _, q := range append(append([]mm.Quote{}, bids...), asks...) {
		same = append(same, mm.Resting{Side: q.Side, Price: q.Price, Qty: q.Qty, Placed: t0})
	}
	acts, _ := mm.Reconcile(same, bids, asks, &p, 100, t0, nil)
	if k, c, pl := kinds(acts); k != len(same) || c != 0 || pl != 0 {
		t.Errorf("same: keep/cancel/place %d/%d/%d, want %d/0/0", k, c, pl, len(same))
	}
	acts, _ = mm.Reconcile(nil, bids, asks, &p, 100, t0, nil)
	if k, c, pl := kinds(acts); k != 0 || c != 0 || pl != len(bids)+len(asks) {
		t.Errorf("empty: keep/cancel/place %d/%d/%d, want 0/0/%d", k, c, pl, len(bids)+len(asks))
	}
	extra := append(append([]mm.Resting{}, same...), mm.Resting{Side: venues.Sell, Price: 150, Qty: 1, Placed: t0})
	acts, _ = mm.Reconcile(extra, bids, asks, &p, 100, t0, nil)
	if k, c, pl := kinds(acts); k != len(same) || c != 1 || pl != 0 {
		t.Errorf("extra: keep/cancel/place %d/%d/%d, want %d/1/0", k, c, pl, len(same))
	}
	// Two candidates inside tolerance: the closer one is kept.
	b1, a1 := oneLadder()
	two := []mm.Resting{
		{Side: venues.Buy, Price: 99 * (1 + 2e-4), Qty: 10, Placed: t0},
		{Side: venues.Buy, Price: 99 * (1 + 1e-4), Qty: 10, Placed: t0},
	}
	acts, _ = mm.Reconcile(two, b1, a1[:0], &p, 100, t0, nil)
	for _, a := range acts {
		if a.Kind == mm.Keep && a.Resting != 1 {
			t.Errorf("kept resting %d, want 1 (closer)", a.Resting)
		}
		if a.Kind == mm.Cancel && a.Resting != 0 {
			t.Errorf("cancelled resting %d, want 0", a.Resting)
		}
	}
}

// TestReconcileBudget: cancels go first, then places best level first; the
// rest is deferred and no place is emitted while a cancel waits.
func TestReconcileBudget(t *testing.T) {
	p := baseParams()
	m := mm.Market{Fair: 100}
	bids, asks, _ := mm.Ladder(&m, &p, nil, nil) // 5 + 5 wanted
	old := []mm.Resting{
		{Side: venues.Buy, Price: 90, Qty: 1, Placed: t0},
		{Side: venues.Sell, Price: 110, Qty: 1, Placed: t0},
		{Side: venues.Sell, Price: 111, Qty: 1, Placed: t0},
	}
	tests := []struct {
		budget                    int
		cancels, places, deferred int
	}{
		{0, 0, 0, 13},
		{2, 2, 0, 11},
		{3, 3, 0, 10},
		{6, 3, 3, 7},
		{13, 3, 10, 0},
		{50, 3, 10, 0},
	}
	for _, tt := range tests {
		acts, sum := mm.Reconcile(old, bids, asks, &p, tt.budget, t0, nil)
		_, c, pl := kinds(acts)
		if c != tt.cancels || pl != tt.places || sum.Deferred != tt.deferred {
			t.Errorf("budget %d: cancels/places/deferred %d/%d/%d, want %d/%d/%d",
				tt.budget, c, pl, sum.Deferred, tt.cancels, tt.places, tt.deferred)
		}
		seenPlace := false
		for i, a := range acts {
			if a.Kind == mm.Place {
				seenPlace = true
				if want := (i - c) / 2; a.Desired != want {
					t.Errorf("budget %d: place %d is level %d, want %d (best first)", tt.budget, i, a.Desired, want)
				}
			}
			if a.Kind == mm.Cancel && seenPlace {
				t.Errorf("budget %d: cancel after a place", tt.budget)
			}
		}
	}
}

func TestCancelAllReason(t *testing.T) {
	p := baseParams() // max data age 2 s
	fresh := mm.Status{FairAt: t0.Add(-time.Second), BookAt: t0.Add(-time.Second)}
	tests := []struct {
		name string
		mut  func(s *mm.Status)
		want mm.CancelReason
	}{
		{"fresh", func(*mm.Status) {}, mm.NoCancel},
		{"shutdown", func(s *mm.Status) { s.ShuttingDown = true }, mm.CancelShutdown},
		{"kill switch", func(s *mm.Status) { s.Killed = true }, mm.CancelKillSwitch},
		{"startup", func(s *mm.Status) { s.Starting = true }, mm.CancelStartup},
		{"disconnect", func(s *mm.Status) { s.Disconnected = true }, mm.CancelDisconnect},
		{"venue stale flag", func(s *mm.Status) { s.Stale = true }, mm.CancelStaleData},
		{"old fair value", func(s *mm.Status) { s.FairAt = t0.Add(-3 * time.Second) }, mm.CancelStaleData},
		{"old book", func(s *mm.Status) { s.BookAt = t0.Add(-3 * time.Second) }, mm.CancelStaleData},
		{"never seen", func(s *mm.Status) { s.FairAt = time.Time{} }, mm.CancelStaleData},
		{"future timestamp", func(s *mm.Status) { s.BookAt = t0.Add(time.Minute) }, mm.CancelStaleData},
		{"at max age", func(s *mm.Status) { s.FairAt = t0.Add(-2 * time.Second) }, mm.NoCancel},
		{"shutdown beats stale", func(s *mm.Status) { s.ShuttingDown, s.Stale = true, true }, mm.CancelShutdown},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := fresh
			tt.mut(&s)
			if got := mm.CancelAllReason(&s, &p, t0); got != tt.want {
				t.Errorf("CancelAllReason = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestCancelAll(t *testing.T) {
	resting := []mm.Resting{{Side: venues.Buy}, {Side: venues.Sell}, {Side: venues.Sell}}
	acts := mm.CancelAll(resting, make([]mm.Action, 7))
	if got, want := len(acts), len(resting); got != want {
		t.Fatalf("%d actions, want %d", got, want)
	}
	for i, a := range acts {
		if a.Kind != mm.Cancel || a.Resting != i || a.Side != resting[i].Side {
			t.Errorf("action %d = %+v, want cancel of resting %d", i, a, i)
		}
	}
}

func TestRateBudget(t *testing.T) {
	p := baseParams()
	p.MaxActionsPerSecond, p.ActionBurst, p.MaxActionsPerCall = 10, 20, 8
	b := mm.NewRateBudget(&p, t0)
	if got, want := mm.ActionBudget(&b, &p, t0), 8; got != want {
		t.Errorf("full bucket: budget %d, want the per-call cap %d", got, want)
	}
	b.Spend(20, t0)
	if got := b.Available(t0); got != 0 {
		t.Errorf("after spending the burst: %d available, want 0", got)
	}
	if got, want := b.Available(t0.Add(500*time.Millisecond)), 5; got != want {
		t.Errorf("0.5 s later: %d available, want %d", got, want)
	}
	if got, want := b.Available(t0.Add(time.Hour)), 20; got != want {
		t.Errorf("an hour later: %d available, want the burst %d", got, want)
	}
	// Over any window, actions spent through the budget stay within
	// burst + rate x window.
	b = mm.NewRateBudget(&p, t0)
	spent := 0
	for i := range 1000 {
		now := t0.Add(time.Duration(i) * 10 * time.Millisecond)
		n := mm.ActionBudget(&b, &p, now)
		b.Spend(n, now)
		spent += n
	}
	if limit := 20 + 10*10; spent > limit {
		t.Errorf("spent %d actions in 10 s, want <= %d", spent, limit)
	}
}
