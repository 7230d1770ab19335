package backtest_test

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/strategy"
	"github.com/navarb/navarb/strategy/backtest"
	"github.com/navarb/navarb/venues"
)

func run(t *testing.T, s *backtest.Stream, o backtest.Options) *backtest.Result {
	t.Helper()
	o.Series = true
	res, err := backtest.Run(context.Background(), s, o)
	if err != nil {
		t.Fatalf("run: %v", err)
	}
	return res
}

// v2Out is getAmountOut with a bps fee on exact decimals, floored to the
// output's decimals (written independently of the package).
func v2Out(in, rIn, rOut decimal.Decimal, inDec, outDec int32) decimal.Decimal {
	i, ri, ro := in.Shift(inDec), rIn.Shift(inDec), rOut.Shift(outDec)
	withFee := i.Mul(decimal.NewFromInt(9970))
	return withFee.Mul(ro).Div(ri.Mul(decimal.NewFromInt(10000)).Add(withFee)).Floor().Shift(-outDec)
}

// gasUSD of units at 0.051 gwei plus the $0.02 L1 fee, with ETH at 3000.
func gasCost(units int64) (native, usd decimal.Decimal) {
	l1 := dec("0.02").Shift(18).Div(dec("3000")).Ceil()
	wei := decimal.NewFromInt(units * 51_000_000).Add(l1)
	native = wei.Shift(-18)
	return native, native.Mul(dec("3000"))
}

// A premium is closed by a mint-and-sell executed one latency after the
// decision, against the pool then, with exact fills, fees and gas; the
// ledger reconciles with the venue.
func TestPremiumLoopExecutesExactly(t *testing.T) {
	s := decode(t, world(30, 30.6, nil)...)
	res := run(t, s, options())
	if len(res.Trades) != 1 {
		t.Fatalf("trades %+v, want 1", res.Trades)
	}
	tr := res.Trades[0]
	if tr.Kind != venues.MintSell || tr.Status != venues.TxSuccess || !tr.Decided.Equal(t0) || !tr.Executed.Equal(t0.Add(time.Second)) {
		t.Fatalf("trade %+v", tr)
	}
	rb := decimal.NewFromInt(3_000_000).DivRound(dec("30.6"), 18)
	rq := dec("3000000")
	tokens := decimal.NewFromFloat(tr.Size).Truncate(18)
	received := v2Out(tokens, rb, rq, 18, 6)
	paid := tokens.Mul(dec("30")).Mul(dec("1.001")).RoundCeil(6)
	gasNative, gasUSD := gasCost(1_200_000)
	if !tr.Tokens.Equal(tokens) || !tr.ReceivedUSD.Equal(received) || !tr.PaidUSD.Equal(paid) || !tr.GasUSD.Equal(gasUSD) {
		t.Errorf("tokens %s received %s paid %s gas %s\nwant   %s          %s      %s      %s",
			tr.Tokens, tr.ReceivedUSD, tr.PaidUSD, tr.GasUSD, tokens, received, paid, gasUSD)
	}
	net := received.Sub(paid).Sub(gasUSD)
	if !tr.NetUSD.Equal(net) || !res.Results.NetPnLUSD.Equal(net) || !net.IsPositive() {
		t.Errorf("net %s (results %s), want %s > 0", tr.NetUSD, res.Results.NetPnLUSD, net)
	}
	if got, want := res.Balances["USDC"], dec("100000").Add(received).Sub(paid); !got.Equal(want) {
		t.Errorf("USDC %s, want %s", got, want)
	}
	if got, want := res.Balances["ETH"], dec("1").Sub(gasNative); !got.Equal(want) {
		t.Errorf("ETH %s, want %s", got, want)
	}
	if got := res.Pools["ETH2X-USDC"]; !got.Base.Equal(rb.Add(tokens)) || !got.Quote.Equal(rq.Sub(received)) {
		t.Errorf("pool %s/%s, want %s/%s", got.Base, got.Quote, rb.Add(tokens), rq.Sub(received))
	}
}

// Recorded swaps re-execute by their input against the pool as our trades
// left it.
func TestSwapsTradeAgainstOurPool(t *testing.T) {
	lines := world(30, 30.6, map[int][]string{10: {swapLine(10, "-1", "1000")}})
	s := decode(t, lines...)
	for _, disabled := range []bool{false, true} {
		o := options()
		o.ArbDisabled = disabled
		res := run(t, s, o)
		rb := decimal.NewFromInt(3_000_000).DivRound(dec("30.6"), 18)
		rq := dec("3000000")
		if !disabled {
			if len(res.Trades) != 1 {
				t.Fatalf("trades %d, want 1", len(res.Trades))
			}
			tr := res.Trades[0]
			rb, rq = rb.Add(tr.Tokens), rq.Sub(tr.ReceivedUSD)
		}
		out := v2Out(dec("1000"), rq, rb, 6, 18)
		got := res.Pools["ETH2X-USDC"]
		if !got.Base.Equal(rb.Sub(out)) || !got.Quote.Equal(rq.Add(dec("1000"))) {
			t.Errorf("arb disabled %v: pool %s/%s, want %s/%s", disabled, got.Base, got.Quote, rb.Sub(out), rq.Add(dec("1000")))
		}
	}
}

// Latency is per venue: the pool's venue latency applies.
func TestLatencyPerVenue(t *testing.T) {
	s := decode(t, world(30, 30.6, nil)...)
	o := options()
	o.VenueLatency = map[string]time.Duration{"sim": 5 * time.Second, "other": time.Hour}
	res := run(t, s, o)
	if len(res.Trades) != 1 || !res.Trades[0].Executed.Equal(t0.Add(5*time.Second)) {
		t.Fatalf("trades %+v, want one executed at +5s", res.Trades)
	}
	rep := res.Report(s, &o)
	if got := fmt.Sprint(rep.Replay.Latency); got != "map[*:1s other:1h0m0s sim:5s]" {
		t.Errorf("latency table %s", got)
	}
}

// Loops revert as on chain (here: past the deadline); a revert burns gas
// and changes nothing else.
func TestReverts(t *testing.T) {
	cases := []struct {
		name   string
		edit   func(*backtest.Options)
		reason string
	}{
		{"deadline", func(o *backtest.Options) { o.Latency = 31 * time.Second }, backtest.ReasonDeadline},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := decode(t, world(40, 30.6, nil)...)
			o := options()
			tc.edit(&o)
			res := run(t, s, o)
			if len(res.Trades) == 0 {
				t.Fatal("no loop")
			}
			tr := res.Trades[0]
			_, gasUSD := gasCost(100_000)
			if tr.Status != venues.TxReverted || tr.Reason != tc.reason || !tr.GasUSD.Equal(gasUSD) {
				t.Errorf("trade %+v, want reverted %q paying %s", tr, tc.reason, gasUSD)
			}
			if res.Results.Reverted[venues.MintSell] == 0 || !res.Results.NetPnLUSD.IsNegative() {
				t.Errorf("results %+v", res.Results)
			}
			if got := res.Balances["USDC"]; !got.Equal(o.Account.USD) {
				t.Errorf("USDC %s changed", got)
			}
		})
	}
}

// A loop larger than the account can pay for is shrunk to fit, not sent to
// revert.
func TestLoopsFitTheAccount(t *testing.T) {
	s := decode(t, world(30, 30.9, nil)...)
	o := options()
	o.Account.USD = dec("5000")
	res := run(t, s, o)
	if len(res.Trades) == 0 {
		t.Fatal("no loop")
	}
	held := dec("5000")
	for _, tr := range res.Trades {
		if tr.Status != venues.TxSuccess || tr.PaidUSD.GreaterThan(held) {
			t.Errorf("trade %+v: want a success paying at most the %s held", tr, held)
		}
		held = held.Add(tr.NetUSD).Add(tr.GasUSD) // gas is paid in ETH
	}
	if res.Counters.Unfunded == 0 {
		t.Errorf("counters %+v: want the shrink counted", res.Counters)
	}
	o.Account.USD = dec("0.5")
	if res := run(t, s, o); len(res.Trades) != 0 || res.Counters.Unfunded == 0 {
		t.Errorf("with $0.50: %d trades, counters %+v", len(res.Trades), res.Counters)
	}
}

// A fee cap below the base fee at execution waits for a block it can pay;
// past the deadline the transaction is dropped, paying nothing.
func TestFeeCapWaits(t *testing.T) {
	spike := func(l string) string { return strings.Replace(l, `"base_fee_gwei":"0.05"`, `"base_fee_gwei":"0.2"`, 1) }
	short := world(60, 30.6, map[int][]string{0: {gasLine(0.5, "0.2")}})
	res := run(t, decode(t, short...), options())
	if len(res.Trades) == 0 || res.Trades[0].Status != venues.TxSuccess || !res.Trades[0].Executed.Equal(t0.Add(3*time.Second)) {
		t.Fatalf("trades %+v, want a success at +3s, once the fee came down", res.Trades)
	}
	long := edit(world(60, 30.6, map[int][]string{0: {gasLine(0.5, "0.2")}}), "gas", 1, 40, spike)
	res = run(t, decode(t, long...), options())
	if len(res.Trades) == 0 {
		t.Fatal("no loop")
	}
	tr := res.Trades[0]
	if tr.Status != venues.TxDropped || tr.Reason != backtest.ReasonFeeCap || !tr.GasUSD.IsZero() ||
		!tr.Executed.After(tr.Decided.Add(30*time.Second)) {
		t.Errorf("trade %+v, want dropped after the deadline", tr)
	}
}

// NAV lines of an outage reach the venue (mint and redeem pay that NAV)
// but not the strategy, whose NAV goes stale.
func TestNAVOutage(t *testing.T) {
	outage := func(sec float64, nav string) string {
		return strings.Replace(navLine(sec, nav), `"source":"issuer"`, `"source":"issuer","outage":true`, 1)
	}
	extra := map[int][]string{}
	for s := 0; s <= 60; s++ {
		extra[s] = []string{outage(float64(s)+0.5, "30.3")}
	}
	// The issuer's own NAV lines stop: only the first one got through.
	lines := edit(world(60, 30.6, extra), "nav", 1, 60, func(l string) string {
		if strings.Contains(l, "outage") {
			return l
		}
		return ""
	})
	s := decode(t, lines...)
	res := run(t, s, options())
	if len(res.Trades) == 0 {
		t.Fatal("no loop")
	}
	for _, tr := range res.Trades {
		if tr.Decided.After(t0.Add(10 * time.Second)) {
			t.Errorf("loop decided at %v on a NAV older than risk.max_nav_age", tr.Decided)
		}
	}
	tr := res.Trades[0]
	if tr.NAV != 30 {
		t.Errorf("decided at NAV %v, want 30 (the strategy never saw 30.3)", tr.NAV)
	}
	if want := tr.Tokens.Mul(dec("30.3")).Mul(dec("1.001")).RoundCeil(6); !tr.PaidUSD.Equal(want) {
		t.Errorf("paid %s, want %s: minted at the outage NAV", tr.PaidUSD, want)
	}
	if res.Denials["stale_nav"] == 0 {
		t.Errorf("denials %v: want stale_nav while the NAV source is down", res.Denials)
	}
}

// A token trading on an order book: fills walk the recorded book, level by
// level, and pay the venue's taker fee.
func TestBookFillsWalkTheBook(t *testing.T) {
	var lines []string
	for s := 0; s <= 20; s++ {
		lines = append(lines, fmt.Sprintf(`{"t":%q,"type":"book","venue":"x","symbol":"ETH2XUSD","quote":"USDT","bids":[["30.5","10"],["30.4","20"],["30","1000"]],"asks":[["30.6","5"]]}`, ts(float64(s))))
		if s%2 == 0 {
			lines = append(lines, block(float64(s), "30")...)
		}
	}
	s := decode(t, lines...)
	o := options()
	o.Tokens[0].Pool, o.Tokens[0].Book, o.Tokens[0].UnderlyingBook, o.Tokens[0].TakerFeeBps = "", "ETH2XUSD", "", 10
	o.TakerFeeBps = map[string]float64{"x": 10}
	res := run(t, s, o)
	if len(res.Trades) == 0 {
		t.Fatal("no loop on the book")
	}
	tr := res.Trades[0]
	// Margin per token: bid x 0.999 - 30 x 1.001 > 0 for 30.5 and 30.4 only.
	if tr.Status != venues.TxSuccess || !tr.Tokens.Equal(dec("30")) {
		t.Fatalf("trade %+v, want 30 tokens sold", tr)
	}
	notional := dec("30.5").Mul(dec("10")).Add(dec("30.4").Mul(dec("20")))
	fee := notional.Mul(dec("0.001")).RoundUp(8)
	if !tr.ReceivedUSD.Equal(notional.Sub(fee)) {
		t.Errorf("received %s, want %s - %s", tr.ReceivedUSD, notional, fee)
	}
	if _, ok := res.Balances["USDT"]; !ok {
		t.Errorf("balances %v: want the book's quote asset", res.Balances)
	}
}

// The reference arbitrageur trades at once after every event; its net
// over ours is the capture ratio.
func TestReferenceAndCapture(t *testing.T) {
	s := decode(t, world(60, 30.6, map[int][]string{31: {swapLine(31, "-2000", "62000")}})...)
	o := options()
	ref, err := backtest.RunReference(context.Background(), s, o)
	if err != nil {
		t.Fatal(err)
	}
	res := run(t, s, o)
	if ref.Loops[venues.MintSell] < 2 || !ref.NetPnLUSD.IsPositive() {
		t.Fatalf("reference %+v", ref)
	}
	ratio, ok := backtest.CaptureRatio(&res.Results, &ref)
	if !ok || !(ratio > 0) {
		t.Errorf("capture %v %v", ratio, ok)
	}
	rep := res.Report(s, &o)
	rep.SetReference(res.Results.NetPnLUSD, ref)
	if rep.CaptureRatio == nil || string(*rep.CaptureRatio) != fmt.Sprintf("%.4f", ratio) {
		t.Errorf("report capture %v, want %.4f", rep.CaptureRatio, ratio)
	}
}

// Same input, byte-identical report; unknown types are counted in it.
func TestSameInputSameReport(t *testing.T) {
	lines := world(120, 30.6, map[int][]string{
		30: {swapLine(30, "-3000", "93000"), `{"t":"` + ts(30) + `","type":"funding"}`},
		70: {swapLine(70, "5000", "-140000")},
	})
	report := func() []byte {
		s := decode(t, lines...)
		o := options()
		res := run(t, s, o)
		ref, err := backtest.RunReference(context.Background(), s, o)
		if err != nil {
			t.Fatal(err)
		}
		rep := res.Report(s, &o)
		rep.SetReference(res.Results.NetPnLUSD, ref)
		var b bytes.Buffer
		if err := rep.WriteJSON(&b); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	a, b := report(), report()
	if !bytes.Equal(a, b) {
		t.Errorf("reports differ:\n%s\n%s", a, b)
	}
	if !strings.Contains(string(a), `"skipped_types": {`+"\n"+`      "funding": 1`) {
		t.Errorf("report does not count the unknown type:\n%s", a)
	}
	if !strings.Contains(string(a), `"mode": "backtest"`) {
		t.Errorf("mode missing:\n%s", a)
	}
}

// Names the configuration uses must be in the stream.
func TestConfigMustMatchStream(t *testing.T) {
	s := decode(t, world(4, 30, nil)...)
	cases := []struct {
		edit func(*strategy.TokenSpec)
		want string
	}{
		{func(ts *strategy.TokenSpec) { ts.Pool = "OTHER" }, `pool "OTHER": not in the stream (pools: [ETH2X-USDC])`},
		{func(ts *strategy.TokenSpec) { ts.Chain = "mainnet" }, `chain "mainnet"`},
		{func(ts *strategy.TokenSpec) { ts.Symbol = "BTC2X" }, "BTC2X"},
		{func(ts *strategy.TokenSpec) { ts.UnderlyingBook = "BTCUSDT" }, "BTCUSDT"},
	}
	for _, tc := range cases {
		o := options()
		tc.edit(&o.Tokens[0])
		if _, err := backtest.Run(context.Background(), s, o); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("error %v, want %q", err, tc.want)
		}
	}
}

// A plan the gate refuses is reconsidered on every later event that
// reaches its token, the underlying's book included: here every second,
// with gas above the cap throughout.
func TestDeniedPlanIsReconsideredEachSecond(t *testing.T) {
	expensive := func(l string) string { return strings.Replace(l, `"base_fee_gwei":"0.05"`, `"base_fee_gwei":"1"`, 1) }
	s := decode(t, edit(world(20, 30.6, nil), "gas", 0, 20, expensive)...)
	res := run(t, s, options())
	if len(res.Trades) != 0 {
		t.Fatalf("%d trades above the gas cap", len(res.Trades))
	}
	if got := res.Denials["gas_price"]; got != 21 {
		t.Errorf("gas_price denials %d, want 21 (one a second, 0 to 20)", got)
	}
}
