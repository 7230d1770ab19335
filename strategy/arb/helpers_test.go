package arb_test

import (
	"math"
	"time"

	"github.com/navarb/navarb/strategy/arb"
	"github.com/navarb/navarb/venues"
)

var t0 = time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)

// poolMarket is a token with NAV nav trading at price in a pool holding
// depthUSD of quote, 30 bps pool fee, 10 bps mint and redeem fees.
func poolMarket(nav, price, depthUSD float64) arb.Market {
	return arb.Market{
		Token: "ETH2X", Market: "ETH2X-USDC", Chain: "arbitrum",
		Kind:       venues.MarketPool,
		NAV:        nav,
		MintFeeBps: 10, RedeemFeeBps: 10,
		ReserveBase: depthUSD / price, ReserveQuote: depthUSD, PoolFeeBps: 30,
		GasUSDMintSell: 0.5, GasUSDBuyRedeem: 0.6,
		GasUnitsMintSell: 900_000, GasUnitsBuyRedeem: 950_000,
		MaxFeeGwei: 0.05, TipGwei: 0.001,
	}
}

// bookMarket is a token with NAV nav whose book has n levels a side around
// mid, spreadBps wide, one tick (stepBps) apart and qty tokens a level.
func bookMarket(nav, mid, spreadBps, stepBps, qty float64, n int) arb.Market {
	m := arb.Market{
		Token: "ETH2X", Market: "ETH2XUSDT", Chain: "binance",
		Kind:       venues.MarketBook,
		NAV:        nav,
		MintFeeBps: 10, RedeemFeeBps: 10,
		TakerFeeBps:    5,
		GasUSDMintSell: 0.5, GasUSDBuyRedeem: 0.6,
		GasUnitsMintSell: 900_000, GasUnitsBuyRedeem: 950_000,
		MaxFeeGwei: 0.05, TipGwei: 0.001,
	}
	half := spreadBps / 2
	for i := range n {
		off := (half + float64(i)*stepBps) / 1e4
		m.Bids = append(m.Bids, venues.Level{Price: mid * (1 - off), Qty: qty})
		m.Asks = append(m.Asks, venues.Level{Price: mid * (1 + off), Qty: qty})
	}
	return m
}

func baseParams() arb.Params {
	return arb.Params{MinNetUSD: 1, Deadline: 30 * time.Second, Leverage: 2}
}

// closeTo reports whether got is within rel of want (relative to max(1,|want|)).
func closeTo(got, want, rel float64) bool {
	return math.Abs(got-want) <= rel*math.Max(1, math.Abs(want))
}

// costsIdentityGap is |Gross - fees - gas - hedge - Net|.
func costsIdentityGap(c venues.Costs) float64 {
	return math.Abs(c.GrossUSD - c.IssuerFeeUSD - c.VenueFeeUSD - c.GasUSD - c.HedgeUSD - c.NetUSD)
}
