package sim

import (
	"math"
	"math/big"
	"time"
)

// issuer is the leveraged token's issuer. Each token is backed by c units of
// the underlying as collateral and d units of quote as debt. Minting and
// redeeming keep those per-token units (the issuer buys or sells collateral at
// the market price and borrows or repays pro rata), so they change supply and
// the total position, not NAV. The streaming fee shrinks both units every
// block; the keeper trades collateral against debt to steer leverage.
type issuer struct {
	o TokenOptions

	c, d   float64 // collateral and debt per token
	supply *big.Int

	oracle   float64
	oracleAt time.Time

	feeAccruedAt time.Time
	navE8        int64 // issuer NAV per token, 1e-8 USD

	rebalancing bool
	rebalEnd    time.Time

	oracleUpdates, rebalances, ripcords uint64
	keeperTradedUnderlying              float64 // total collateral bought or sold by the keeper
}

func newIssuer(o TokenOptions, price float64, start time.Time) *issuer {
	is := &issuer{
		o:            o,
		c:            o.Target * o.InitialNAV / price,
		d:            (o.Target - 1) * o.InitialNAV,
		supply:       floatUnits(o.InitialSupply, tokenDecimals),
		oracle:       price,
		oracleAt:     start,
		feeAccruedAt: start,
	}
	is.refreshNAV()
	return is
}

// equity is the per-token value at price p.
func (is *issuer) equity(p float64) float64 { return is.c*p - is.d }

// leverage is collateral value over equity at price p (+Inf if insolvent).
func (is *issuer) leverage(p float64) float64 {
	e := is.equity(p)
	if e <= 0 {
		return math.Inf(1)
	}
	return is.c * p / e
}

func (is *issuer) refreshNAV() {
	is.navE8 = max(fixed8(is.equity(is.oracle)), 0)
}

// accrue charges the streaming fee up to now.
func (is *issuer) accrue(now time.Time) {
	dt := now.Sub(is.feeAccruedAt).Seconds()
	if dt <= 0 {
		return
	}
	f := 1 - is.o.StreamingFeeAnnual*dt/year
	is.c *= f
	is.d *= f
	is.feeAccruedAt = now
	is.refreshNAV()
}

// updateOracle applies the oracle's deviation and heartbeat rule.
func (is *issuer) updateOracle(now time.Time, p float64) {
	dev := math.Abs(p/is.oracle-1) * 1e4
	if dev <= is.o.DeviationBps && now.Sub(is.oracleAt) < is.o.Heartbeat {
		return
	}
	is.oracle = p
	is.oracleAt = now
	is.oracleUpdates++
	is.refreshNAV()
}

// keeper checks leverage at the market price p and rebalances: at once above
// the ripcord, otherwise over RebalanceDuration once it leaves the band.
func (is *issuer) keeper(now time.Time, p float64, blockTime time.Duration) {
	o := is.o
	if is.equity(p) <= 0 {
		is.rebalancing = false // insolvent: nothing left to rebalance
		return
	}
	lev := is.leverage(p)
	switch {
	case lev > o.Ripcord:
		is.ripcords++
		is.rebalancing = false
		is.rebalanceStep(p, 1)
		return
	case !is.rebalancing && (lev < o.BandMin || lev > o.BandMax):
		is.rebalances++
		is.rebalancing = true
		is.rebalEnd = now.Add(o.RebalanceDuration)
	}
	if !is.rebalancing {
		return
	}
	left := int(is.rebalEnd.Sub(now)/blockTime) + 1
	if left <= 1 {
		left = 1
		is.rebalancing = false
	}
	is.rebalanceStep(p, left)
}

// rebalanceStep trades 1/left of the way to target leverage at price p,
// paying the slippage cost out of equity.
func (is *issuer) rebalanceStep(p float64, left int) {
	e := is.equity(p)
	if e <= 0 {
		return
	}
	target := is.o.Target * e / p
	dc := (target - is.c) / float64(left)
	is.c += dc
	is.d += dc*p + math.Abs(dc)*p*is.o.RebalanceSlippageBps/1e4
	is.keeperTradedUnderlying += math.Abs(dc) * unitsFloat(is.supply, tokenDecimals)
	is.refreshNAV()
}
