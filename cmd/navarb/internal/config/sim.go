package config

import (
	"errors"
	"strings"

	"github.com/navarb/navarb/venues/sim"
)

// SimOptions converts the [sim] tables (and the token's gas units) into the
// simulated market's options.
func (c *Config) SimOptions() sim.Options {
	s := c.Sim
	o := sim.DefaultOptions()
	o.Seed = uint64(s.Seed)
	o.Start = s.Start.Time
	o.Duration = s.Duration.Duration
	o.Step = s.Step.Duration
	o.BlockTime = s.BlockTime.Duration
	o.Chain = s.Chain
	o.BookVenue = s.Underlying.Venue
	o.BookSymbol = s.Underlying.Symbol

	u := s.Underlying
	o.Underlying = sim.UnderlyingOptions{
		InitialPrice: u.Price.F(), Drift: u.DriftAnnual.F(), Vol: u.VolAnnual.F(),
		JumpsPerDay: u.JumpsPerDay.F(), JumpMean: u.JumpMean.F(), JumpStd: u.JumpStd.F(),
	}
	b := s.Book
	o.Book = sim.BookOptions{
		Levels: b.Levels, HalfSpreadBps: b.HalfSpreadBps.F(), LevelSpacingBps: b.LevelSpacingBps.F(),
		LevelQty: b.LevelQty.F(), QtyGrowth: b.QtyGrowth.F(), QtyJitter: b.QtyJitter.F(), Tick: b.Tick.F(),
	}
	t := s.Token
	o.Token = sim.TokenOptions{
		Symbol: t.Symbol, Issuer: t.Issuer, InitialNAV: t.NAV.F(), InitialSupply: t.Supply.F(),
		Target: t.Leverage.F(), BandMin: t.BandMin.F(), BandMax: t.BandMax.F(), Ripcord: t.Ripcord.F(),
		RebalanceDuration: t.RebalanceDuration.Duration, RebalanceSlippageBps: t.RebalanceSlippageBps.F(),
		MintFeeBps: t.MintFeeBps, RedeemFeeBps: t.RedeemFeeBps, StreamingFeeAnnual: t.StreamingFeeAnnual.F(),
		DeviationBps: t.OracleDeviationBps.F(), Heartbeat: t.OracleHeartbeat.Duration,
	}
	p := s.Pool
	o.Pool = sim.PoolOptions{
		Venue: p.Venue, Name: p.Name, Quote: p.Quote, FeeBps: p.FeeBps,
		DepthUSD: p.DepthUSD.F(), InitialPremiumBps: p.InitialPremiumBps.F(),
	}
	n := s.Noise
	o.Noise = sim.NoiseOptions{
		TradesPerHour: n.TradesPerHour.F(), MedianUSD: n.MedianUSD.F(), SizeSigma: n.SizeSigma.F(),
		Bias: n.Bias.F(), RegimeMean: n.RegimeMean.Duration,
	}
	g := s.Gas
	o.Gas = sim.GasOptions{
		Native: g.Native, BaseFeeGwei: g.BaseFeeGwei.F(), MinBaseFeeGwei: g.MinBaseFeeGwei.F(),
		Vol: g.Vol.F(), HalfLife: g.HalfLife.Duration, SpikesPerDay: g.SpikesPerDay.F(),
		SpikeMultiplier: g.SpikeMultiplier.F(), TipGwei: g.TipGwei.F(), L1FeeUSD: g.L1FeeUSD.F(),
	}
	o.Account = sim.AccountOptions{Quote: s.Account.USD.Decimal, Token: s.Account.Token.Decimal, Native: s.Account.Native.Decimal}
	o.Exec = sim.ExecOptions{Latency: s.Exec.Latency.Duration, GasUnitsRevert: uint64(max(s.Exec.GasUnitsRevert, 0))}
	if tok, ok := c.Tokens[t.Symbol]; ok {
		o.Exec.GasUnitsMintSell = uint64(max(tok.GasUnitsMintSell, 0))
		o.Exec.GasUnitsBuyRedeem = uint64(max(tok.GasUnitsBuyRedeem, 0))
	}
	if c.MM.Enabled {
		o.Exec.GasUnitsMint = uint64(max(c.MM.GasUnitsMint, 0))
		o.Exec.GasUnitsRedeem = uint64(max(c.MM.GasUnitsRedeem, 0))
		o.TokenBook = c.simTokenBook()
		if h := c.MM.Hedge; h.Enabled {
			o.Hedge = sim.HedgeOptions{Enabled: true, Latency: s.Hedge.Latency.Duration,
				TakerFeeBps: h.TakerFeeBps.Decimal, Lot: h.Lot.Decimal, Base: s.Hedge.Base.Decimal, Quote: s.Hedge.USD.Decimal}
		}
	}
	return o
}

// simTokenBook is the token book the [mm] section quotes on.
func (c *Config) simTokenBook() sim.TokenBookOptions {
	m, b := c.MM, c.Sim.TokenBook
	return sim.TokenBookOptions{
		Enabled: true, Venue: m.Venue, Symbol: m.Book,
		Tick: m.Tick.Decimal, Lot: m.Lot.Decimal, MinNotional: b.MinNotional.Decimal,
		MakerFeeBps: m.MakerFeeBps.Decimal, TakerFeeBps: b.TakerFeeBps.Decimal,
		Interval: b.Interval.Duration, Latency: b.Latency.Duration, Depth: b.Depth,
		Makers: sim.MakerFlowOptions{
			Count: b.Makers.Count, HalfSpreadBps: b.Makers.HalfSpreadBps.F(), SpreadJitterBps: b.Makers.SpreadJitterBps.F(),
			Levels: b.Makers.Levels, LevelSpacingBps: b.Makers.LevelSpacingBps.F(), LevelQty: b.Makers.LevelQty.F(),
			Refresh: b.Makers.Refresh.Duration,
		},
		Takers: sim.TakerFlowOptions{
			PerHour: b.Takers.PerHour.F(), MedianUSD: b.Takers.MedianUSD.F(),
			SizeSigma: b.Takers.SizeSigma.F(), ArbEdgeBps: b.Takers.ArbEdgeBps.F(),
		},
		Quote: b.USD.Decimal, Token: b.Token.Decimal,
	}
}

// simPaths maps venues/sim option paths to config keys, so the simulated
// market's own validation names the key the user wrote.
var simPaths = strings.NewReplacer(
	"Exec.GasUnitsMintSell", "tokens.<sim.token.symbol>.gas_units_mint_sell",
	"Exec.GasUnitsBuyRedeem", "tokens.<sim.token.symbol>.gas_units_buy_redeem",
	"Exec.GasUnitsRevert", "sim.exec.gas_units_revert",
	"Exec.GasUnitsMint", "mm.gas_units_mint",
	"Exec.GasUnitsRedeem", "mm.gas_units_redeem",
	"Hedge.Latency", "sim.hedge.latency",
	"Hedge.TakerFeeBps", "mm.hedge.taker_fee_bps",
	"Hedge.Lot", "mm.hedge.lot",
	"Hedge.Base", "sim.hedge.base",
	"Hedge.Quote", "sim.hedge.usd",
	"TokenBook.Venue", "mm.venue",
	"TokenBook.Symbol", "mm.book",
	"TokenBook.Tick", "mm.tick",
	"TokenBook.Lot", "mm.lot",
	"TokenBook.MakerFeeBps", "mm.maker_fee_bps",
	"TokenBook.TakerFeeBps", "sim.token_book.taker_fee_bps",
	"TokenBook.MinNotional", "sim.token_book.min_notional",
	"TokenBook.Interval", "sim.token_book.interval",
	"TokenBook.Latency", "sim.token_book.latency",
	"TokenBook.Depth", "sim.token_book.depth",
	"TokenBook.Makers.Count", "sim.token_book.makers.count",
	"TokenBook.Makers.HalfSpreadBps", "sim.token_book.makers.half_spread_bps",
	"TokenBook.Makers.SpreadJitterBps", "sim.token_book.makers.spread_jitter_bps",
	"TokenBook.Makers.Levels", "sim.token_book.makers.levels",
	"TokenBook.Makers.LevelSpacingBps", "sim.token_book.makers.level_spacing_bps",
	"TokenBook.Makers.LevelQty", "sim.token_book.makers.level_qty",
	"TokenBook.Makers.Refresh", "sim.token_book.makers.refresh",
	"TokenBook.Makers", "sim.token_book.makers",
	"TokenBook.Takers.PerHour", "sim.token_book.takers.per_hour",
	"TokenBook.Takers.MedianUSD", "sim.token_book.takers.median_usd",
	"TokenBook.Takers.SizeSigma", "sim.token_book.takers.size_sigma",
	"TokenBook.Takers.ArbEdgeBps", "sim.token_book.takers.arb_edge_bps",
	"Exec.Latency", "sim.exec.latency",
	"Underlying.InitialPrice", "sim.underlying.price",
	"Underlying.Drift", "sim.underlying.drift_annual",
	"Underlying.Vol", "sim.underlying.vol_annual",
	"Underlying.JumpsPerDay", "sim.underlying.jumps_per_day",
	"Underlying.JumpMean", "sim.underlying.jump_mean",
	"Underlying.JumpStd", "sim.underlying.jump_std",
	"Book.Levels", "sim.book.levels",
	"Book.HalfSpreadBps", "sim.book.half_spread_bps",
	"Book.LevelSpacingBps", "sim.book.level_spacing_bps",
	"Book.LevelQty", "sim.book.level_qty",
	"Book.QtyGrowth", "sim.book.qty_growth",
	"Book.QtyJitter", "sim.book.qty_jitter",
	"Book.Tick", "sim.book.tick",
	"Token.Symbol", "sim.token.symbol",
	"Token.Issuer", "sim.token.issuer",
	"Token.InitialNAV", "sim.token.nav",
	"Token.InitialSupply", "sim.token.supply",
	"Token.Target", "sim.token.leverage",
	"Token.BandMin", "sim.token.band_min",
	"Token.BandMax", "sim.token.band_max",
	"Token.Ripcord", "sim.token.ripcord",
	"Token.RebalanceDuration", "sim.token.rebalance_duration",
	"Token.RebalanceSlippageBps", "sim.token.rebalance_slippage_bps",
	"Token.MintFeeBps", "sim.token.mint_fee_bps",
	"Token.RedeemFeeBps", "sim.token.redeem_fee_bps",
	"Token.StreamingFeeAnnual", "sim.token.streaming_fee_annual",
	"Token.DeviationBps", "sim.token.oracle_deviation_bps",
	"Token.Heartbeat", "sim.token.oracle_heartbeat",
	"Pool.Venue", "sim.pool.venue",
	"Pool.Name", "sim.pool.name",
	"Pool.Quote", "sim.pool.quote",
	"Pool.FeeBps", "sim.pool.fee_bps",
	"Pool.DepthUSD", "sim.pool.depth_usd",
	"Pool.InitialPremiumBps", "sim.pool.initial_premium_bps",
	"Noise.TradesPerHour", "sim.noise.trades_per_hour",
	"Noise.MedianUSD", "sim.noise.median_usd",
	"Noise.SizeSigma", "sim.noise.size_sigma",
	"Noise.Bias", "sim.noise.bias",
	"Noise.RegimeMean", "sim.noise.regime_mean",
	"Gas.Native", "sim.gas.native",
	"Gas.BaseFeeGwei", "sim.gas.base_fee_gwei",
	"Gas.MinBaseFeeGwei", "sim.gas.min_base_fee_gwei",
	"Gas.Vol", "sim.gas.vol",
	"Gas.HalfLife", "sim.gas.half_life",
	"Gas.SpikesPerDay", "sim.gas.spikes_per_day",
	"Gas.SpikeMultiplier", "sim.gas.spike_multiplier",
	"Gas.TipGwei", "sim.gas.tip_gwei",
	"Gas.L1FeeUSD", "sim.gas.l1_fee_usd",
	"Account.Quote", "sim.account.usd",
	"Account.Token", "sim.account.token",
	"Account.Native", "sim.account.native",
	"BookVenue", "sim.underlying.venue",
	"BookSymbol", "sim.underlying.symbol",
	"BlockTime", "sim.block_time",
	"Duration", "sim.duration",
	"Start", "sim.start",
	"Step", "sim.step",
	"Chain", "sim.chain",
	"Book:", "sim.book:",
)

// validateSim runs the simulated market's own checks, renamed to config
// keys, plus the cross-checks between [sim] and [tokens].
func (c *Config) validateSim(v *checker) {
	if err := c.SimOptions().Validate(); err != nil {
		for _, e := range unjoin(err) {
			msg := strings.TrimPrefix(e.Error(), "sim: ")
			msg = strings.TrimPrefix(msg, sim.ErrInvalidOptions.Error()+": ")
			msg = strings.ReplaceAll(simPaths.Replace(msg), "<sim.token.symbol>", c.Sim.Token.Symbol)
			v.errs = append(v.errs, errors.New(msg))
		}
	}
	s := c.Sim
	for _, d := range []struct {
		path string
		val  Decimal
	}{{"sim.underlying.price", s.Underlying.Price}, {"sim.token.nav", s.Token.NAV},
		{"sim.token.supply", s.Token.Supply}, {"sim.token.leverage", s.Token.Leverage},
		{"sim.pool.depth_usd", s.Pool.DepthUSD}, {"sim.gas.base_fee_gwei", s.Gas.BaseFeeGwei}} {
		if !d.val.IsSet() {
			v.add(d.path, "is required (a quoted decimal string)")
		}
	}
	t := s.Token.Symbol
	if t == "" {
		return
	}
	tok, ok := c.Tokens[t]
	if !ok {
		v.add("sim.token.symbol", "%q has no [tokens.%s] table", t, t)
		return
	}
	if tok.Pool != s.Pool.Name {
		v.add("tokens."+t+".pool", "%q does not match sim.pool.name %q", tok.Pool, s.Pool.Name)
	}
	if tok.Chain != s.Chain {
		v.add("tokens."+t+".chain", "%q does not match sim.chain %q", tok.Chain, s.Chain)
	}
	if tok.UnderlyingBook != "" && tok.UnderlyingBook != s.Underlying.Symbol {
		v.add("tokens."+t+".underlying_book", "%q does not match sim.underlying.symbol %q", tok.UnderlyingBook, s.Underlying.Symbol)
	}
	if m := c.MM; m.Enabled {
		if m.Token != t {
			v.add("mm.token", "%q: the simulated market has only sim.token.symbol %q", m.Token, t)
		}
		if m.Quote != s.Pool.Quote {
			v.add("mm.quote", "%q does not match sim.pool.quote %q", m.Quote, s.Pool.Quote)
		}
		if h := m.Hedge; h.Enabled {
			if h.Symbol != s.Underlying.Symbol || h.Venue != s.Underlying.Venue {
				v.add("mm.hedge.symbol", "%s/%s: the simulated market hedges on its underlying's book %s/%s", h.Venue, h.Symbol, s.Underlying.Venue, s.Underlying.Symbol)
			}
			if h.Base != s.Gas.Native {
				v.add("mm.hedge.base", "%q does not match sim.gas.native %q (the underlying)", h.Base, s.Gas.Native)
			}
			if h.Perp {
				v.add("mm.hedge.perp", "the simulated market has no perpetual: hedge on spot")
			}
		}
	}
}

// unjoin flattens errors.Join trees (and %w: %w wrappers around them).
func unjoin(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			if e == sim.ErrInvalidOptions {
				continue
			}
			out = append(out, unjoin(e)...)
		}
		return out
	}
	return []error{err}
}
