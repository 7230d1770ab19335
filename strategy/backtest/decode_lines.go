package backtest

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
)

func (d *decoder) pool(ev *event) error {
	o := &d.obj
	pi, err := d.index(d.pools, "pool", func(name string) error {
		venue, err := o.need("venue")
		if err != nil {
			return err
		}
		base, err := o.need("base")
		if err != nil {
			return err
		}
		quote, err := o.need("quote")
		if err != nil {
			return err
		}
		bd, err := o.int("base_decimals", false)
		if err != nil {
			return err
		}
		qd, err := o.int("quote_decimals", false)
		if err != nil {
			return err
		}
		if bd == 0 {
			bd = DefaultBaseDecimals
		}
		if qd == 0 {
			qd = DefaultQuoteDecimals
		}
		if bd < 0 || bd > 36 || qd < 0 || qd > 36 {
			return errors.New("decimals: want 0 to 36")
		}
		d.s.Pools = append(d.s.Pools, PoolInfo{Venue: venue, Name: name, Base: base, Quote: quote,
			BaseDecimals: int32(bd), QuoteDecimals: int32(qd)})
		return nil
	})
	if err != nil {
		return err
	}
	info := &d.s.Pools[pi]
	if base, ok, _ := o.str("base"); ok && base != info.Base {
		return fmt.Errorf("base %q: pool %s was %q", base, info.Name, info.Base)
	}
	var ps poolState
	if ps.base, err = d.units("reserve_base", info.BaseDecimals, true); err != nil {
		return err
	}
	if ps.quote, err = d.units("reserve_quote", info.QuoteDecimals, true); err != nil {
		return err
	}
	if ps.base.Sign() <= 0 || ps.quote.Sign() <= 0 {
		return errors.New("reserves must be > 0")
	}
	fee, err := o.int("fee_bps", true)
	if err != nil {
		return err
	}
	if fee < 0 || fee >= 10000 {
		return fmt.Errorf("fee_bps: %d: want 0 to 9999", fee)
	}
	ps.feeBps = int(fee)
	block, err := o.int("block", false)
	if err != nil {
		return err
	}
	ps.block = uint64(max(block, 0))
	ev.kind, ev.ref, ev.i = kPool, uint16(pi), int32(len(d.s.pools))
	d.s.pools = append(d.s.pools, ps)
	return nil
}

// units parses a non-negative decimal field into exact base units.
func (d *decoder) units(key string, decimals int32, required bool) (*big.Int, error) {
	v, ok, err := d.decimal(key, required)
	if err != nil || !ok {
		return new(big.Int), err
	}
	u := v.Abs().Shift(decimals)
	if !u.Equal(u.Truncate(0)) {
		return nil, fmt.Errorf("%s: %s has more than %d decimals", key, v, decimals)
	}
	return u.BigInt(), nil
}

func (d *decoder) decimal(key string, required bool) (decimal.Decimal, bool, error) {
	raw, ok, err := d.obj.num(key)
	if err != nil || !ok {
		if err == nil && required {
			err = fmt.Errorf("%s: required", key)
		}
		return decimal.Zero, false, err
	}
	v, err := decimal.NewFromString(string(raw))
	if err != nil {
		return decimal.Zero, false, fmt.Errorf("%s: %q is not a decimal", key, raw)
	}
	return v, true, nil
}

func (d *decoder) swap(ev *event) error {
	f := d.obj.get("pool")
	name := ""
	if f != nil && f.kind == vString {
		name = string(f.raw)
	}
	pi, ok := d.pools[name]
	if !ok {
		return fmt.Errorf("pool %q: no pool line before it (a swap needs the pool's state)", name)
	}
	info := &d.s.Pools[pi]
	bd, _, err := d.decimal("base_delta", true)
	if err != nil {
		return err
	}
	qd, _, err := d.decimal("quote_delta", true)
	if err != nil {
		return err
	}
	var in decimal.Decimal
	var dec int32
	switch {
	case bd.IsPositive() && !qd.IsPositive():
		in, dec, ev.flag = bd, info.BaseDecimals, flagBaseIn
	case qd.IsPositive() && !bd.IsPositive():
		in, dec = qd, info.QuoteDecimals
	default:
		return fmt.Errorf("deltas %s, %s: want one positive (paid in) and one not", bd, qd)
	}
	u := in.Shift(dec)
	if !u.Equal(u.Truncate(0)) {
		return fmt.Errorf("input %s has more than %d decimals", in, dec)
	}
	ev.kind, ev.ref, ev.i = kSwap, uint16(pi), int32(len(d.s.swaps))
	d.s.swaps = append(d.s.swaps, swapRec{in: u.BigInt(), base: bd, quote: qd})
	return nil
}

func (d *decoder) token(key string) (int, error) {
	return d.index(d.tokens, key, func(name string) error {
		d.s.Tokens = append(d.s.Tokens, TokenInfo{Symbol: name})
		return nil
	})
}

func (d *decoder) nav(ev *event) error {
	ti, err := d.token("token")
	if err != nil {
		return err
	}
	v, _, err := d.decimal("nav", true)
	if err != nil {
		return err
	}
	if !v.IsPositive() {
		return fmt.Errorf("nav: %s: want > 0", v)
	}
	src, _, err := d.obj.str("source")
	if err != nil {
		return err
	}
	switch src {
	case "issuer", "":
		ev.nb = uint16(venues.NAVIssuer)
	case "component":
		ev.nb = uint16(venues.NAVComponent)
	case "model":
		ev.nb = uint16(venues.NAVModel)
	default:
		return fmt.Errorf("source %q: want issuer, component or model", src)
	}
	outage, err := d.obj.bool("outage")
	if err != nil {
		return err
	}
	if outage {
		ev.flag |= flagOutage
	}
	ev.kind, ev.ref, ev.i = kNAV, uint16(ti), int32(len(d.s.navs))
	ev.f[0] = v.InexactFloat64()
	d.s.navs = append(d.s.navs, v)
	return nil
}

func (d *decoder) gas(ev *event) error {
	o := &d.obj
	ci, err := d.index(d.chains, "chain", func(name string) error {
		native, _, err := o.str("native")
		if err != nil {
			return err
		}
		if native == "" {
			native = DefaultNative
		}
		d.s.Chains = append(d.s.Chains, ChainInfo{Name: name, Native: native})
		return nil
	})
	if err != nil {
		return err
	}
	for k, key := range []string{"base_fee_gwei", "tip_gwei", "native_usd", "l1_fee_usd"} {
		if ev.f[k], err = o.float(key, k < 3); err != nil {
			return err
		}
		if ev.f[k] < 0 {
			return fmt.Errorf("%s: must be >= 0", key)
		}
	}
	if !(ev.f[2] > 0) {
		return errors.New("native_usd: must be > 0")
	}
	ev.kind, ev.ref = kGas, uint16(ci)
	return nil
}

func (d *decoder) issuer(ev *event, t int64) error {
	o := &d.obj
	ti, err := d.token("token")
	if err != nil {
		return err
	}
	if venue, ok, err := o.str("venue"); err != nil {
		return err
	} else if ok && d.s.Tokens[ti].Issuer == "" {
		d.s.Tokens[ti].Issuer = venue
	}
	u := venues.IssuerUpdate{Token: d.s.Tokens[ti].Symbol}
	mint, err := o.int("mint_fee_bps", true)
	if err != nil {
		return err
	}
	redeem, err := o.int("redeem_fee_bps", true)
	if err != nil {
		return err
	}
	if mint < 0 || mint >= 10000 || redeem < 0 || redeem >= 10000 {
		return errors.New("fees: want 0 to 9999 bps")
	}
	u.MintFeeBps, u.RedeemFeeBps = int(mint), int(redeem)
	if u.Paused, err = o.bool("paused"); err != nil {
		return err
	}
	if u.Rebalancing, err = o.bool("rebalancing"); err != nil {
		return err
	}
	for _, x := range []struct {
		key string
		dst *float64
	}{{"leverage", &u.Leverage}, {"collateral_per_token", &u.CollateralPerToken},
		{"debt_per_token", &u.DebtPerToken}, {"streaming_fee_annual", &u.StreamingFeeAnnual}} {
		if *x.dst, err = o.float(x.key, false); err != nil {
			return err
		}
	}
	if f := o.get("fee_accrued_at"); f != nil && f.kind != vNull {
		if f.kind != vString {
			return errors.New("fee_accrued_at: want an RFC 3339 time")
		}
		var tp timeParser
		at, err := tp.parse(f.raw)
		if err != nil {
			return fmt.Errorf("fee_accrued_at: %w", err)
		}
		u.FeeAccruedAt = unixTime(at)
	} else {
		u.FeeAccruedAt = unixTime(t)
	}
	ev.kind, ev.ref, ev.i = kIssuer, uint16(ti), int32(len(d.s.issuers))
	d.s.issuers = append(d.s.issuers, u)
	return nil
}
