package chainvenue_test

import (
	"context"
	"math"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/evm/chainvenue/chaintest"
)

// pendingPrice is the V2 pair's mid price at the pending block, USD per
// token.
func pendingPrice(t *testing.T, w *chaintest.World) float64 {
	t.Helper()
	out, err := w.Sim.Client().PendingCallContract(context.Background(), ethereum.CallMsg{To: &w.Pool, Data: crypto.Keccak256([]byte("getReserves()"))[:4]})
	if err != nil {
		t.Fatal(err)
	}
	r0, r1 := new(big.Int).SetBytes(out[:32]), new(big.Int).SetBytes(out[32:64])
	if !w.TokenIs0 {
		r0, r1 = r1, r0
	}
	return ratio(new(big.Int).Mul(r1, big.NewInt(1e12)), r0)
}

// settledPending waits until the pending block includes the trades just
// queued (the node rebuilds it in the background) and returns its price.
func settledPending(t *testing.T, w *chaintest.World, before float64) float64 {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		if p := pendingPrice(t, w); p != before {
			return p
		}
		if time.Now().After(deadline) {
			t.Fatal("the pending block never included the queued trade")
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// TestExpectedVersusRealisedWithinPriceMovement has another account sell
// into the premium after the engine decided and before the executor reads
// the chain: the executor re-sizes on the moved pool and the loop earns
// less than planned, by no more than the price movement times the size
// (plus the gas estimate's error).
func TestExpectedVersusRealisedWithinPriceMovement(t *testing.T) {
	w := chaintest.New(t, chaintest.Options{})
	b := startBot(t, w, false)
	b.ready(t)
	before := w.USDCOf(t, w.Executor)
	w.PushPremium(t, chaintest.E6(5_000))

	var moveUSD float64
	traderTokens := chaintest.E18(10)
	held := w.C.BalanceOf(t, w.Issuer, w.C.Addrs[chaintest.Trader])
	b.beforeSubmit = func(p venues.Plan) {
		b.beforeSubmit = nil
		w.C.SetAutoCommit(false) // queue the trade: it is mined with ours, first
		unmoved := pendingPrice(t, w)
		w.PushDiscount(t, traderTokens)
		moved := settledPending(t, w, unmoved)
		moveUSD = p.Size * math.Abs(p.MarketPrice-moved)
		t.Logf("price at decision %.6f, after the other trade %.6f", p.MarketPrice, moved)
	}
	b.runUntil(t, "loop settled", 60*time.Second, b.settled(venues.MintSell, 1))
	w.C.SetAutoCommit(true)
	// The trader was given traderTokens and sold them all.
	if got := w.C.BalanceOf(t, w.Issuer, w.C.Addrs[chaintest.Trader]); got.Cmp(held) != 0 {
		t.Fatalf("the other trade did not execute (trader holds %s tokens, want %s)", got, held)
	}
	if !(moveUSD > 10) {
		t.Fatalf("price movement worth %.4f USD, want a real movement", moveUSD)
	}
	checkLoop(t, b, venues.MintSell, before, moveUSD)
	lr := b.eng.Results(time.Now()).LoopResults[0]
	if !(lr.RealisedNetUSD.InexactFloat64() < lr.ExpectedNetUSD) {
		t.Errorf("realised %s >= expected %.6f: the adverse move should cost the loop", lr.RealisedNetUSD, lr.ExpectedNetUSD)
	}
}

// TestPaperSendsNothing runs the bot in paper mode on a premium: it
// simulates a loop every block with the same calldata and sends nothing,
// so the bot's nonce, the pool and the executor's funds do not move.
func TestPaperSendsNothing(t *testing.T) {
	w := chaintest.New(t, chaintest.Options{})
	ctx := context.Background()
	botAddr := w.C.Addrs[chaintest.Bot]
	b := startBot(t, w, true)
	b.ready(t)
	w.PushPremium(t, chaintest.E6(5_000))
	nonce0, err := w.C.Client.PendingNonceAt(ctx, botAddr)
	if err != nil {
		t.Fatal(err)
	}
	price0, usdc0 := w.Price(t), w.USDCOf(t, w.Executor)

	b.runUntil(t, "first paper loop", 30*time.Second, b.settled(venues.MintSell, 1))
	w.Sim.Commit() // a new block: the premium is still there, so it trades again
	b.runUntil(t, "second paper loop", 30*time.Second, b.settled(venues.MintSell, 2))

	nonce1, err := w.C.Client.PendingNonceAt(ctx, botAddr)
	if err != nil {
		t.Fatal(err)
	}
	if nonce1 != nonce0 {
		t.Errorf("bot nonce %d after paper trading, want %d: something was sent", nonce1, nonce0)
	}
	if got := w.Price(t); got.Cmp(price0) != 0 {
		t.Errorf("pool price moved from %s to %s in paper mode", price0, got)
	}
	if got := w.USDCOf(t, w.Executor); got.Cmp(usdc0) != 0 {
		t.Errorf("executor USDC moved from %s to %s in paper mode", usdc0, got)
	}
	res := b.eng.Results(time.Now())
	for i, r := range b.receipts {
		lr := res.LoopResults[i]
		if r.Status != venues.TxSuccess || r.TxHash != "" || r.GasUsed == 0 || len(r.Fills) != 2 || !r.GasUSD.IsPositive() {
			t.Errorf("paper receipt %d: status %s hash %q gas %d fills %d gas usd %s", i, r.Status, r.TxHash, r.GasUsed, len(r.Fills), r.GasUSD)
		}
		plan := b.plans[lr.PlanID]
		gasDiff := math.Abs(r.GasUSD.InexactFloat64() - plan.Expected.GasUSD)
		if d := math.Abs(lr.RealisedNetUSD.InexactFloat64() - lr.ExpectedNetUSD); d > gasDiff+1e-6*plan.NotionalUSD {
			t.Errorf("paper loop %d: simulated net %s vs expected %.6f, off by more than the gas difference %.6f", i, lr.RealisedNetUSD, lr.ExpectedNetUSD, gasDiff)
		}
	}
}

// TestOpportunityGoneBeforeSendSendsNothing has another account sell so
// much into the premium, between decision and send, that the pool trades
// below NAV at the pending block: the executor sizes nothing, sends
// nothing, and settles the plan as dropped with no gas.
func TestOpportunityGoneBeforeSendSendsNothing(t *testing.T) {
	w := chaintest.New(t, chaintest.Options{})
	b := startBot(t, w, false)
	b.ready(t)
	w.PushPremium(t, chaintest.E6(5_000))
	nonce0, err := w.Sim.Client().PendingNonceAt(context.Background(), w.C.Addrs[chaintest.Bot])
	if err != nil {
		t.Fatal(err)
	}
	b.beforeSubmit = func(p venues.Plan) {
		b.beforeSubmit = nil
		w.C.SetAutoCommit(false)
		unmoved := pendingPrice(t, w)
		w.PushDiscount(t, chaintest.E18(80))
		if moved := settledPending(t, w, unmoved); moved > 100 {
			t.Fatalf("pending price %.4f, want the premium gone (< NAV 100)", moved)
		}
	}
	b.runUntil(t, "receipt", 30*time.Second, func() bool { return len(b.receipts) > 0 })
	w.C.SetAutoCommit(true)
	r := b.receipts[0]
	if r.Status != venues.TxDropped || !strings.Contains(r.Reason, "opportunity gone") || !r.GasNative.IsZero() || r.TxHash != "" || len(r.Fills) != 0 {
		t.Errorf("receipt %+v, want dropped (opportunity gone), no gas, no hash, no fills", r)
	}
	nonce1, err := w.Sim.Client().PendingNonceAt(context.Background(), w.C.Addrs[chaintest.Bot])
	if err != nil {
		t.Fatal(err)
	}
	if nonce1 != nonce0 {
		t.Errorf("bot nonce %d, want %d: a transaction was sent", nonce1, nonce0)
	}
	if n := b.eng.InFlight(); n != 0 {
		t.Errorf("%d loops in flight after the dropped receipt", n)
	}
}

// TestPaperFillsAreLiveFills runs a paper bot and then a live bot on the
// same premium (paper changes nothing, so both see the same state): the
// paper receipt's fills are, to the unit, what the live loop then does.
func TestPaperFillsAreLiveFills(t *testing.T) {
	w := chaintest.New(t, chaintest.Options{})
	w.PushPremium(t, chaintest.E6(5_000))

	paper := startBot(t, w, true)
	paper.runUntil(t, "paper loop", 30*time.Second, paper.settled(venues.MintSell, 1))
	paper.stop()
	live := startBot(t, w, false)
	live.runUntil(t, "live loop", 60*time.Second, live.settled(venues.MintSell, 1))

	p, l := paper.receipts[0], live.receipts[0]
	if len(p.Fills) != 2 || len(l.Fills) != 2 {
		t.Fatalf("fills: paper %d, live %d, want 2 each", len(p.Fills), len(l.Fills))
	}
	for i := range p.Fills {
		pf, lf := p.Fills[i], l.Fills[i]
		if pf.Action != lf.Action || !pf.BaseDelta.Equal(lf.BaseDelta) || !pf.QuoteDelta.Equal(lf.QuoteDelta) || !pf.Fee.Equal(lf.Fee) || pf.FeeAsset != lf.FeeAsset {
			t.Errorf("leg %d: paper %s %s base %s quote %s fee %s %s; live %s %s base %s quote %s fee %s %s", i,
				pf.Action, pf.Instrument, pf.BaseDelta, pf.QuoteDelta, pf.Fee, pf.FeeAsset,
				lf.Action, lf.Instrument, lf.BaseDelta, lf.QuoteDelta, lf.Fee, lf.FeeAsset)
		}
	}
	// Same call on the same state: eth_simulateV1 meters what the block did.
	if p.GasUsed == 0 || p.GasUsed != l.GasUsed {
		t.Errorf("gas used: paper %d, live %d", p.GasUsed, l.GasUsed)
	}
}
