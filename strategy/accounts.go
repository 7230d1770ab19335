package strategy

import (
	"math"
	"time"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
)

// EquityPoint is the strategy's cumulative net PnL at a time.
type EquityPoint struct {
	T      time.Time
	PnLUSD decimal.Decimal
}

// Results are the strategy's accounts: every figure is exact (decimal) and
// net of mint/redeem fees, venue fees, price impact, gas and hedge cost.
type Results struct {
	NetPnLUSD      decimal.Decimal
	GrossPnLUSD    decimal.Decimal // net + fees + gas
	FeesUSD        decimal.Decimal // mint/redeem, AMM and exchange fees
	GasUSD         decimal.Decimal
	VolumeUSD      decimal.Decimal // quote traded on markets (pool/book legs)
	MaxDrawdownUSD decimal.Decimal
	// Sharpe is the annualised Sharpe ratio of hourly PnL changes.
	Sharpe   float64
	Loops    [venues.NumPlanKinds]int // settled successfully, by kind
	Reverted [venues.NumPlanKinds]int // mined but reverted (gas paid), by kind
	Equity   []EquityPoint
	Hourly   []decimal.Decimal // PnL change per hour
	// LoopResults are the settled loops, each with the net profit its plan
	// expected at decision and the net its receipt realised.
	LoopResults []LoopResult
}

// LoopResult is one settled loop: what its plan expected (float, at
// decision) and what its receipt realised (exact), both net of every cost.
type LoopResult struct {
	PlanID         uint64
	Token          string
	Kind           venues.PlanKind
	Status         venues.TxStatus
	TxHash         string
	Time           time.Time
	ExpectedNetUSD float64
	RealisedNetUSD decimal.Decimal
}

// Accounts keeps the strategy's PnL from receipts.
type Accounts struct {
	start    time.Time
	nextHour time.Time
	lastHour decimal.Decimal // equity at the last hour mark

	equity, peak, maxDD         decimal.Decimal
	fees, gas, volume, hedgeUSD decimal.Decimal
	loops, reverted             [venues.NumPlanKinds]int
	curve                       []EquityPoint
	hourly                      []decimal.Decimal
	loopResults                 []LoopResult
}

func (a *Accounts) init(start time.Time) {
	a.start = start
	a.nextHour = start.Truncate(time.Hour).Add(time.Hour)
	a.curve = make([]EquityPoint, 0, 1024)
	a.hourly = make([]decimal.Decimal, 0, 64)
	a.curve = append(a.curve, EquityPoint{T: start, PnLUSD: decimal.Zero})
}

// tick closes hourly PnL buckets up to now. It allocates only when an hour
// rolls over.
func (a *Accounts) tick(now time.Time) {
	for !now.Before(a.nextHour) {
		a.hourly = append(a.hourly, a.equity.Sub(a.lastHour))
		a.lastHour = a.equity
		a.nextHour = a.nextHour.Add(time.Hour)
	}
}

// settle books one receipt and returns its net PnL in USD. Token deltas left
// over (non-atomic loops) are marked at mark (NAV per token).
func (a *Accounts) settle(r *venues.TxReceipt, kind venues.PlanKind, mark float64) decimal.Decimal {
	net := r.GasUSD.Neg()
	fees := decimal.Zero
	m := decimal.NewFromFloat(mark)
	for i := range r.Fills {
		f := &r.Fills[i]
		net = net.Add(f.QuoteDelta)
		if !f.BaseDelta.IsZero() {
			net = net.Add(f.BaseDelta.Mul(m))
		}
		fees = fees.Add(f.FeeUSD)
		if f.Action == venues.ActionBuy || f.Action == venues.ActionSell {
			a.volume = a.volume.Add(f.QuoteDelta.Abs())
		}
	}
	a.fees = a.fees.Add(fees)
	a.gas = a.gas.Add(r.GasUSD)
	a.equity = a.equity.Add(net)
	if a.equity.GreaterThan(a.peak) {
		a.peak = a.equity
	}
	if dd := a.peak.Sub(a.equity); dd.GreaterThan(a.maxDD) {
		a.maxDD = dd
	}
	if int(kind) < len(a.loops) {
		if r.Status == venues.TxSuccess {
			a.loops[kind]++
		} else {
			a.reverted[kind]++
		}
	}
	a.curve = append(a.curve, EquityPoint{T: r.Time, PnLUSD: a.equity})
	return net
}

func (a *Accounts) results(now time.Time) Results {
	hourly := append([]decimal.Decimal(nil), a.hourly...)
	// The last, partial hour counts too.
	if partial := a.equity.Sub(a.lastHour); now.After(a.nextHour.Add(-time.Hour)) {
		hourly = append(hourly, partial)
	}
	return Results{
		NetPnLUSD:      a.equity,
		GrossPnLUSD:    a.equity.Add(a.fees).Add(a.gas),
		FeesUSD:        a.fees,
		GasUSD:         a.gas,
		VolumeUSD:      a.volume,
		MaxDrawdownUSD: a.maxDD,
		Sharpe:         sharpe(hourly, 24*365),
		Loops:          a.loops,
		Reverted:       a.reverted,
		Equity:         append([]EquityPoint(nil), a.curve...),
		Hourly:         hourly,
		LoopResults:    append([]LoopResult(nil), a.loopResults...),
	}
}

// sharpe is mean/stdev of the per-period changes, annualised by
// sqrt(periodsPerYear); 0 with fewer than two periods or no variance.
func sharpe(changes []decimal.Decimal, periodsPerYear float64) float64 {
	n := len(changes)
	if n < 2 {
		return 0
	}
	var sum float64
	for _, c := range changes {
		sum += c.InexactFloat64()
	}
	mean := sum / float64(n)
	var ss float64
	for _, c := range changes {
		d := c.InexactFloat64() - mean
		ss += d * d
	}
	sd := math.Sqrt(ss / float64(n-1))
	if sd == 0 {
		return 0
	}
	return mean / sd * math.Sqrt(periodsPerYear)
}
