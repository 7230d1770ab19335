package strategy

import (
	"math"
	"strconv"
	"time"

	"github.com/navarb/navarb/strategy/mm"
	"github.com/navarb/navarb/strategy/nav"
	"github.com/navarb/navarb/venues"
)

// mmOrder is one of our quotes from the moment it is sent until the venue
// reports it gone. Its remaining quantity counts against the inventory cap
// the whole time, cancelling or not: only the venue's word frees it.
type mmOrder struct {
	clientID   string
	side       venues.Side
	price, qty float64 // qty: remaining
	sent       time.Time
	cancelling bool
	cancelAt   time.Time
}

// mmState is one token's market making, owned by the engine loop.
type mmState struct {
	spec *MMSpec
	p    *mm.Params
	// lp are the params the ladder is built with: the cap less capMargin.
	lp   mm.Params
	ts   *tokenState
	book *bookState // the token's own book
	// dirty: queued for the next Decide.
	dirty bool

	// orders are ours, in sending order (a handful: linear scans).
	orders   []*mmOrder
	resting  []mm.Resting
	restIdx  []int // resting[i] is orders[restIdx[i]]
	bids     []mm.Quote
	asks     []mm.Quote
	acts     []mm.Action
	budget   mm.RateBudget
	starting bool
	// cancelAllAt is when the last cancel-all was sent (zero: none in
	// this episode of cancel-all reasons).
	cancelAllAt time.Time
	idBase      string
	seq         uint64

	inv      float64 // token inventory from our fills and mints/redeems
	hedge    float64 // hedge position in underlying units
	spotHeld float64 // the hedge venue's base asset we hold
	flatPlan uint64  // mint/redeem in flight
	// flatTokens is the inventory change the mint (+) or redeem (-) in
	// flight will make: both outcomes count against the cap until it
	// settles.
	flatTokens float64
	hedgeID    string // hedge order in flight
	lastFlat   time.Time

	lastFair   float64
	lastFairAt time.Time
	varRate    float64 // EWMA of squared log returns per second

	acct mmAccounts
}

func newMMState(spec *MMSpec, ts *tokenState, book *bookState, now time.Time) *mmState {
	ms := &mmState{
		spec: spec, p: &spec.Params, ts: ts, book: book, starting: true,
		idBase:  spec.ClientPrefix + strconv.FormatInt(now.UnixMilli(), 36) + "x",
		varRate: spec.VolInitial * spec.VolInitial / mm.Year.Seconds(),
		budget:  mm.NewRateBudget(&spec.Params, now),
	}
	ms.lp = spec.Params
	ms.lp.MaxInventoryUSD *= 1 - capMargin
	n := spec.Params.Levels
	ms.bids, ms.asks = make([]mm.Quote, 0, n), make([]mm.Quote, 0, n)
	ms.acts = make([]mm.Action, 0, 4*n+4)
	ms.acct.init(spec)
	return ms
}

// nextID is a client order id unique to this run.
func (ms *mmState) nextID() string {
	ms.seq++
	return ms.idBase + strconv.FormatUint(ms.seq, 36)
}

// fair is the component NAV priced from the underlying's mid (0 if it
// cannot be priced).
func (ms *mmState) fair(now time.Time) float64 {
	ts := ms.ts
	if ts.book == nil || !ts.issuerOK {
		return 0
	}
	mid := ts.book.mid()
	if !(mid > 0) {
		return 0
	}
	pos := nav.Position{CollateralUnits: ts.issuer.CollateralPerToken, DebtUnits: ts.issuer.DebtPerToken}
	f := nav.Component(pos, mid, 1, ts.issuer.StreamingFeeAnnual, ts.issuer.FeeAccruedAt, now)
	if !(f > 0) || math.IsInf(f, 0) {
		return 0
	}
	return f
}

// observe feeds the volatility estimate with the fair value as of the
// underlying's book time.
func (ms *mmState) observe(fair float64, at time.Time) {
	if ms.lastFair > 0 && at.After(ms.lastFairAt) {
		dt := at.Sub(ms.lastFairAt).Seconds()
		r := math.Log(fair / ms.lastFair)
		a := -math.Expm1(-dt / ms.spec.VolHalfLife.Seconds() * math.Ln2)
		ms.varRate += a * (r*r/dt - ms.varRate)
	}
	if at.After(ms.lastFairAt) || ms.lastFair == 0 {
		ms.lastFair, ms.lastFairAt = fair, at
	}
}

// sigma is the annualised volatility, never below VolInitial.
func (ms *mmState) sigma() float64 {
	return math.Max(ms.spec.VolInitial, math.Sqrt(ms.varRate*mm.Year.Seconds()))
}

// status gathers what quoting depends on.
func (ms *mmState) status(e *Engine) mm.Status {
	st := mm.Status{ShuttingDown: e.shutdown, Starting: ms.starting}
	if e.opts.Kill != nil {
		st.Killed, _ = e.opts.Kill.Killed()
	}
	// A venue-wide status is the connection (user stream, ban); one about
	// the book is its data.
	st.Disconnected = ms.book.venueDown && ms.book.venueWide
	st.Stale = ms.book.stale || ms.book.venueDown
	if u := ms.ts.book; u != nil {
		st.Stale = st.Stale || u.stale || u.venueDown
		if u.ok {
			st.FairAt = u.at
		}
	}
	if ms.book.ok {
		st.BookAt = ms.book.at
	}
	return st
}

func (ms *mmState) find(clientID string) int {
	for i, o := range ms.orders {
		if o.clientID == clientID {
			return i
		}
	}
	return -1
}

func (ms *mmState) remove(i int) {
	copy(ms.orders[i:], ms.orders[i+1:])
	ms.orders[len(ms.orders)-1] = nil
	ms.orders = ms.orders[:len(ms.orders)-1]
}

// open is the remaining quantity of our orders on side, whatever their
// state: what could still fill.
func (ms *mmState) open(side venues.Side) float64 {
	var q float64
	for _, o := range ms.orders {
		if o.side == side {
			q += o.qty
		}
	}
	return q
}

// onOrder applies the venue's view of one of our quotes.
func (ms *mmState) onOrder(o *venues.Order) {
	i := ms.find(o.ClientID)
	if i < 0 {
		return // not ours, or forgotten after a cancel-all
	}
	if !o.Status.Open() {
		ms.remove(i)
		if o.Status == venues.OrderRejected {
			ms.acct.rejects++
		}
		return
	}
	mo := ms.orders[i]
	mo.qty = ToFloat(o.Qty.Sub(o.Filled))
	if p := ToFloat(o.Price); p > 0 {
		mo.price = p
	}
}
