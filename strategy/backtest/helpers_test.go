package backtest_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"
	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/risk"
	"github.com/navarb/navarb/strategy"
	"github.com/navarb/navarb/strategy/arb"
	"github.com/navarb/navarb/strategy/backtest"
)

var t0 = time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC)

// ts is t0 + sec seconds in the format's time notation.
func ts(sec float64) string {
	return t0.Add(time.Duration(sec * float64(time.Second))).Format(time.RFC3339Nano)
}

func decode(t *testing.T, lines ...string) *backtest.Stream {
	t.Helper()
	s, err := backtest.Decode(strings.NewReader(strings.Join(lines, "\n")+"\n"), backtest.DecodeOptions{DepthBooks: []string{"ETH2XUSD"}})
	if err != nil {
		t.Fatalf("decode: %v", err)
	}
	return s
}

// Lines of a small world: ETH2X with NAV 30 on pool ETH2X-USDC (venue sim,
// 18/6 decimals) and the underlying book ETHUSDT.
func bookLine(sec, mid float64) string {
	return fmt.Sprintf(`{"t":%q,"type":"book","venue":"binance","symbol":"ETHUSDT","snapshot":true,"bids":[["%v","10"]],"asks":[["%v","10"]]}`,
		ts(sec), mid-0.05, mid+0.05)
}

func poolLine(sec float64, base, quote string) string {
	return fmt.Sprintf(`{"t":%q,"type":"pool","venue":"sim","pool":"ETH2X-USDC","base":"ETH2X","quote":"USDC","reserve_base":%q,"reserve_quote":%q,"fee_bps":30}`,
		ts(sec), base, quote)
}

func navLine(sec float64, nav string) string {
	return fmt.Sprintf(`{"t":%q,"type":"nav","token":"ETH2X","nav":%q,"source":"issuer"}`, ts(sec), nav)
}

func gasLine(sec float64, baseGwei string) string {
	return fmt.Sprintf(`{"t":%q,"type":"gas","chain":"sim","base_fee_gwei":%q,"tip_gwei":"0.001","native_usd":"3000","l1_fee_usd":"0.02","native":"ETH"}`,
		ts(sec), baseGwei)
}

func issuerLine(sec float64) string {
	return fmt.Sprintf(`{"t":%q,"type":"issuer","token":"ETH2X","venue":"sim-issuer","mint_fee_bps":10,"redeem_fee_bps":10,"paused":false,"rebalancing":false,"leverage":"2","collateral_per_token":"0.02","debt_per_token":"30","streaming_fee_annual":"0","fee_accrued_at":%q}`,
		ts(sec), ts(0))
}

func swapLine(sec float64, baseDelta, quoteDelta string) string {
	return fmt.Sprintf(`{"t":%q,"type":"swap","venue":"sim","pool":"ETH2X-USDC","base_delta":%q,"quote_delta":%q}`,
		ts(sec), baseDelta, quoteDelta)
}

// block is one block's lines at sec: NAV, gas, issuer.
func block(sec float64, nav string) []string {
	return []string{navLine(sec, nav), gasLine(sec, "0.05"), issuerLine(sec)}
}

// world is a stream of n seconds: a book every second and a block every
// two, NAV 30, and the pool at price (quote depth $3M) at the start.
func world(n int, price float64, extra map[int][]string) []string {
	base := decimal.NewFromInt(3_000_000).DivRound(decimal.NewFromFloat(price), 18)
	lines := []string{poolLine(0, base.String(), "3000000")}
	for s := 0; s <= n; s++ {
		lines = append(lines, bookLine(float64(s), 3000))
		if s%2 == 0 {
			lines = append(lines, block(float64(s), "30")...)
		}
		lines = append(lines, extra[s]...)
	}
	return lines
}

// edit rewrites the lines of a type with t in [from, to] seconds.
func edit(lines []string, typ string, from, to float64, f func(string) string) []string {
	out := make([]string, 0, len(lines))
	for _, l := range lines {
		if strings.Contains(l, `"type":"`+typ+`"`) {
			for s := from; s <= to; s += 0.5 {
				if strings.Contains(l, `"t":"`+ts(s)+`"`) {
					l = f(l)
					break
				}
			}
		}
		if l != "" {
			out = append(out, l)
		}
	}
	return out
}

func options() backtest.Options {
	return backtest.Options{
		Tokens: []strategy.TokenSpec{{Symbol: "ETH2X", Chain: "sim", Pool: "ETH2X-USDC", UnderlyingBook: "ETHUSDT", Leverage: 2,
			GasUnitsMintSell: 1200000, GasUnitsBuyRedeem: 1300000,
			Arb: arb.Params{MinNetUSD: 1, MaxSizeUSD: 250000, Deadline: 30 * time.Second, Leverage: 2}}},
		Limits: risk.Limits{
			MaxNotionalUSDPerToken: 250000, MaxTotalNotionalUSD: 500000, MaxInventoryUSD: 50000,
			MaxGasPriceGwei: 0.5, GasBudgetUSDPerHour: 25, GasBudgetUSDPerDay: 300,
			MaxDrawdownUSD: 2500, DrawdownPause: 30 * time.Minute, MaxLossUSD: 10000,
			MaxBookAge: 5 * time.Second, MaxPoolAge: 10 * time.Second, MaxNAVAge: 10 * time.Second,
			NAVSanityBps: 1500, NAVDisagreementBps: 300,
		},
		MaxInFlightPerToken: 1, Latency: time.Second, GasUnitsRevert: 100000,
		Account: backtest.Account{USD: decimal.NewFromInt(100000), Native: decimal.NewFromInt(1)},
		Log:     zerolog.Nop(),
	}
}

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }
