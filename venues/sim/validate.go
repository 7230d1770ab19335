package sim

import (
	"errors"
	"fmt"
	"math"

	"github.com/shopspring/decimal"
)

// Validate reports every bad field at once, each named by its path
// (e.g. "Token.BandMax").
func (o Options) Validate() error {
	var c checker
	c.ok(!o.Start.IsZero(), "Start", "must be set")
	c.ok(o.Duration > 0, "Duration", "must be > 0, got %v", o.Duration)
	c.ok(o.Step > 0, "Step", "must be > 0, got %v", o.Step)
	c.ok(o.BlockTime > 0, "BlockTime", "must be > 0, got %v", o.BlockTime)
	c.ok(o.Chain != "", "Chain", "must be set")
	c.ok(o.BookVenue != "", "BookVenue", "must be set")
	c.ok(o.BookSymbol != "", "BookSymbol", "must be set")

	u := o.Underlying
	c.positive("Underlying.InitialPrice", u.InitialPrice)
	c.finite("Underlying.Drift", u.Drift)
	c.nonNegative("Underlying.Vol", u.Vol)
	c.nonNegative("Underlying.JumpsPerDay", u.JumpsPerDay)
	c.finite("Underlying.JumpMean", u.JumpMean)
	c.nonNegative("Underlying.JumpStd", u.JumpStd)
	for i, s := range u.Shocks {
		c.ok(s.After >= 0, fmt.Sprintf("Underlying.Shocks[%d].After", i), "must be >= 0, got %v", s.After)
		c.finite(fmt.Sprintf("Underlying.Shocks[%d].LogReturn", i), s.LogReturn)
	}

	b := o.Book
	c.ok(b.Levels >= 1, "Book.Levels", "must be >= 1, got %d", b.Levels)
	c.nonNegative("Book.HalfSpreadBps", b.HalfSpreadBps)
	c.positive("Book.LevelSpacingBps", b.LevelSpacingBps)
	c.ok(b.HalfSpreadBps+float64(b.Levels)*b.LevelSpacingBps < 1e4, "Book", "deepest bid must stay above zero")
	c.positive("Book.LevelQty", b.LevelQty)
	c.nonNegative("Book.QtyGrowth", b.QtyGrowth)
	c.ok(b.QtyJitter >= 0 && b.QtyJitter < 1, "Book.QtyJitter", "must be in [0, 1), got %v", b.QtyJitter)
	c.nonNegative("Book.Tick", b.Tick)

	t := o.Token
	c.ok(t.Symbol != "", "Token.Symbol", "must be set")
	c.ok(t.Issuer != "", "Token.Issuer", "must be set")
	c.positive("Token.InitialNAV", t.InitialNAV)
	c.positive("Token.InitialSupply", t.InitialSupply)
	c.ok(t.Target >= 1 && !math.IsInf(t.Target, 0), "Token.Target", "must be >= 1, got %v", t.Target)
	c.ok(t.BandMin >= 1 && t.BandMin <= t.Target, "Token.BandMin", "must be in [1, Target], got %v", t.BandMin)
	c.ok(t.BandMax >= t.Target && !math.IsInf(t.BandMax, 0), "Token.BandMax", "must be >= Target and finite, got %v", t.BandMax)
	c.ok(t.Ripcord > t.BandMax, "Token.Ripcord", "must be > BandMax, got %v", t.Ripcord)
	c.ok(t.RebalanceDuration >= 0, "Token.RebalanceDuration", "must be >= 0, got %v", t.RebalanceDuration)
	c.ok(t.RebalanceSlippageBps >= 0 && t.RebalanceSlippageBps < 1e4, "Token.RebalanceSlippageBps", "must be in [0, 10000), got %v", t.RebalanceSlippageBps)
	c.bps("Token.MintFeeBps", t.MintFeeBps)
	c.bps("Token.RedeemFeeBps", t.RedeemFeeBps)
	c.ok(t.StreamingFeeAnnual >= 0 && t.StreamingFeeAnnual < 1, "Token.StreamingFeeAnnual", "must be in [0, 1), got %v", t.StreamingFeeAnnual)
	c.nonNegative("Token.DeviationBps", t.DeviationBps)
	c.ok(t.Heartbeat > 0, "Token.Heartbeat", "must be > 0, got %v", t.Heartbeat)

	p := o.Pool
	c.ok(p.Venue != "", "Pool.Venue", "must be set")
	c.ok(p.Name != "", "Pool.Name", "must be set")
	c.ok(p.Quote != "", "Pool.Quote", "must be set")
	c.bps("Pool.FeeBps", p.FeeBps)
	c.positive("Pool.DepthUSD", p.DepthUSD)
	c.ok(p.InitialPremiumBps > -1e4 && !math.IsInf(p.InitialPremiumBps, 0), "Pool.InitialPremiumBps", "must be > -10000 and finite, got %v", p.InitialPremiumBps)

	n := o.Noise
	c.nonNegative("Noise.TradesPerHour", n.TradesPerHour)
	c.ok(n.TradesPerHour == 0 || n.MedianUSD > 0 && !math.IsInf(n.MedianUSD, 0), "Noise.MedianUSD", "must be > 0 when trades arrive, got %v", n.MedianUSD)
	c.nonNegative("Noise.SizeSigma", n.SizeSigma)
	c.ok(n.Bias >= 0 && n.Bias <= 0.5, "Noise.Bias", "must be in [0, 0.5], got %v", n.Bias)
	c.ok(n.RegimeMean >= 0, "Noise.RegimeMean", "must be >= 0, got %v", n.RegimeMean)

	g := o.Gas
	c.ok(g.Native != "", "Gas.Native", "must be set")
	c.positive("Gas.BaseFeeGwei", g.BaseFeeGwei)
	c.nonNegative("Gas.MinBaseFeeGwei", g.MinBaseFeeGwei)
	c.nonNegative("Gas.Vol", g.Vol)
	c.ok(g.HalfLife > 0, "Gas.HalfLife", "must be > 0, got %v", g.HalfLife)
	c.nonNegative("Gas.SpikesPerDay", g.SpikesPerDay)
	c.ok(g.SpikeMultiplier >= 1 && !math.IsInf(g.SpikeMultiplier, 0), "Gas.SpikeMultiplier", "must be >= 1, got %v", g.SpikeMultiplier)
	c.nonNegative("Gas.TipGwei", g.TipGwei)
	c.nonNegative("Gas.L1FeeUSD", g.L1FeeUSD)
	c.ok(g.BaseFeeGwei*g.SpikeMultiplier < 1e6, "Gas.BaseFeeGwei", "times SpikeMultiplier must stay below 1e6 gwei")

	a := o.Account
	c.amount("Account.Quote", a.Quote, quoteDecimals)
	c.amount("Account.Token", a.Token, tokenDecimals)
	c.amount("Account.Native", a.Native, nativeDecimals)

	e := o.Exec
	c.ok(e.Latency >= 0, "Exec.Latency", "must be >= 0, got %v", e.Latency)
	c.ok(e.GasUnitsMintSell > 0, "Exec.GasUnitsMintSell", "must be > 0")
	c.ok(e.GasUnitsBuyRedeem > 0, "Exec.GasUnitsBuyRedeem", "must be > 0")
	c.ok(e.GasUnitsRevert > 0, "Exec.GasUnitsRevert", "must be > 0")

	o.TokenBook.validate(&c)
	o.Hedge.validate(&c)

	c.ok(t.Symbol != p.Quote && t.Symbol != g.Native && p.Quote != g.Native,
		"Token.Symbol", "Token.Symbol, Pool.Quote and Gas.Native must differ, got %q, %q, %q", t.Symbol, p.Quote, g.Native)
	return c.err()
}

type checker struct{ errs []error }

func (c *checker) ok(cond bool, field, format string, args ...any) {
	if !cond {
		c.errs = append(c.errs, fmt.Errorf("%s: %s", field, fmt.Sprintf(format, args...)))
	}
}

func (c *checker) finite(field string, x float64) {
	c.ok(!math.IsNaN(x) && !math.IsInf(x, 0), field, "must be finite, got %v", x)
}

func (c *checker) positive(field string, x float64) {
	c.ok(x > 0 && !math.IsInf(x, 0), field, "must be > 0 and finite, got %v", x)
}

func (c *checker) nonNegative(field string, x float64) {
	c.ok(x >= 0 && !math.IsInf(x, 0), field, "must be >= 0 and finite, got %v", x)
}

func (c *checker) bps(field string, x int) {
	c.ok(x >= 0 && x < 10000, field, "must be in [0, 10000), got %d", x)
}

func (c *checker) amount(field string, d decimal.Decimal, decimals int32) {
	c.ok(!d.IsNegative(), field, "must be >= 0, got %s", d)
	c.ok(d.Equal(d.Truncate(decimals)), field, "must have at most %d decimals, got %s", decimals, d)
}

func (c *checker) err() error {
	if len(c.errs) == 0 {
		return nil
	}
	return fmt.Errorf("sim: validate options: %w: %w", ErrInvalidOptions, errors.Join(c.errs...))
}
