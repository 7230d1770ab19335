package executor_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/navarb/navarb/venues/evm/contracts"
	"github.com/navarb/navarb/venues/evm/executor"
)

// TestMintAndSellClosesPremium: another account pushes the pool ~10% above
// NAV; the executor's mintAndSell, sized by MintAndSellSize, takes the
// profit the eth_call promised and leaves the pool at the mint cost.
func TestMintAndSellClosesPremium(t *testing.T) {
	w := newWorld(t)
	w.pushPremium(t, e6(2500))
	ctx := context.Background()

	s := w.state(t)
	before := executor.PoolPrice(w.reserves(t))
	if got := ratio(before, s.NAV); got < 1.05 {
		t.Fatalf("premium before the loop: pool/NAV = %.4f, want > 1.05", got)
	}
	cost1, _, err := executor.PreviewMint(ctx, w.c.Client, w.issuer, e18(1), nil)
	if err != nil {
		t.Fatal(err)
	}
	q := executor.MintAndSellSize(w.reserves(t), cost1)
	if q.Sign() <= 0 {
		t.Fatal("no trade sized on a premium")
	}
	maxIn, _, err := executor.PreviewMint(ctx, w.c.Client, w.issuer, q, nil)
	if err != nil {
		t.Fatal(err)
	}
	data, err := executor.MintAndSellCall(w.issuer, w.pair, q, maxIn, new(big.Int))
	if err != nil {
		t.Fatal(err)
	}
	out, err := w.call(owner, w.executor, data)
	if err != nil {
		t.Fatalf("simulate mintAndSell: %v", err)
	}
	expected, err := contracts.NewNavArbExecutor().UnpackMintAndSell(out)
	if err != nil {
		t.Fatal(err)
	}

	bal0 := w.balance(t, w.usdc, w.executor)
	data, err = executor.MintAndSellCall(w.issuer, w.pair, q, maxIn, expected)
	if err != nil {
		t.Fatal(err)
	}
	r := w.send(t, owner, w.executor, data)
	realised := new(big.Int).Sub(w.balance(t, w.usdc, w.executor), bal0)
	ev := loopEvent(t, r)
	if got, want := realised, expected; got.Cmp(want) != 0 {
		t.Errorf("realised profit %v, expected %v", got, want)
	}
	if got, want := ev.Profit, realised; got.Cmp(want) != 0 {
		t.Errorf("LoopExecuted profit %v, balance change %v", got, want)
	}
	if got, want := ev.Kind, uint8(executor.KindMintAndSell); got != want {
		t.Errorf("LoopExecuted kind %d, want %d", got, want)
	}
	if realised.Sign() <= 0 {
		t.Errorf("profit %v, want > 0", realised)
	}

	// The pool ends between NAV and the mint cost over the pool's fee.
	after := ratio(executor.PoolPrice(w.reserves(t)), w.state(t).NAV)
	hi := 1 + 0.0010 + 0.0030 + 0.0005
	if after < 1 || after > hi {
		t.Errorf("pool/NAV after the loop = %.5f, want in [1, %.4f]", after, hi)
	}
	t.Logf("premium %.4f -> %.5f; minted and sold %s tokens for a profit of %s USDC units; gas %d", ratio(before, s.NAV), after, q, realised, r.GasUsed)
	w.noLeftovers(t)
}

// TestBuyAndRedeemClosesDiscount: another account pushes the pool ~10%
// below NAV; buyAndRedeem closes it at a profit.
func TestBuyAndRedeemClosesDiscount(t *testing.T) {
	w := newWorld(t)
	w.pushDiscount(t, e18(27))
	ctx := context.Background()

	s := w.state(t)
	before := executor.PoolPrice(w.reserves(t))
	if got := ratio(before, s.NAV); got > 0.95 {
		t.Fatalf("discount before the loop: pool/NAV = %.4f, want < 0.95", got)
	}
	proceeds1, _, err := executor.PreviewRedeem(ctx, w.c.Client, w.issuer, e18(1), nil)
	if err != nil {
		t.Fatal(err)
	}
	quoteIn := executor.BuyAndRedeemSize(w.reserves(t), proceeds1)
	if quoteIn.Sign() <= 0 {
		t.Fatal("no trade sized on a discount")
	}
	data, err := executor.BuyAndRedeemCall(w.issuer, w.pair, quoteIn, new(big.Int))
	if err != nil {
		t.Fatal(err)
	}
	out, err := w.call(owner, w.executor, data)
	if err != nil {
		t.Fatalf("simulate buyAndRedeem: %v", err)
	}
	expected, err := contracts.NewNavArbExecutor().UnpackBuyAndRedeem(out)
	if err != nil {
		t.Fatal(err)
	}
	bal0 := w.balance(t, w.usdc, w.executor)
	data, err = executor.BuyAndRedeemCall(w.issuer, w.pair, quoteIn, expected)
	if err != nil {
		t.Fatal(err)
	}
	r := w.send(t, owner, w.executor, data)
	realised := new(big.Int).Sub(w.balance(t, w.usdc, w.executor), bal0)
	if got, want := realised, expected; got.Cmp(want) != 0 {
		t.Errorf("realised profit %v, expected %v", got, want)
	}
	if realised.Sign() <= 0 {
		t.Errorf("profit %v, want > 0", realised)
	}
	if got, want := loopEvent(t, r).Kind, uint8(executor.KindBuyAndRedeem); got != want {
		t.Errorf("LoopExecuted kind %d, want %d", got, want)
	}
	after := ratio(executor.PoolPrice(w.reserves(t)), w.state(t).NAV)
	lo := 1 - 0.0010 - 0.0030 - 0.0005
	if after > 1 || after < lo {
		t.Errorf("pool/NAV after the loop = %.5f, want in [%.4f, 1]", after, lo)
	}
	t.Logf("discount %.4f -> %.5f; spent %s USDC units for a profit of %s; gas %d", ratio(before, s.NAV), after, quoteIn, realised, r.GasUsed)
	w.noLeftovers(t)
}

// TestProfitBelowMinimumReverts: a loop reverts, and changes nothing, when
// its profit is below the minimum passed in the call, including a loop that
// loses money.
func TestProfitBelowMinimumReverts(t *testing.T) {
	w := newWorld(t)
	w.pushPremium(t, e6(2500))
	ctx := context.Background()
	cost1, _, err := executor.PreviewMint(ctx, w.c.Client, w.issuer, e18(1), nil)
	if err != nil {
		t.Fatal(err)
	}
	q := executor.MintAndSellSize(w.reserves(t), cost1)
	maxIn, _, err := executor.PreviewMint(ctx, w.c.Client, w.issuer, q, nil)
	if err != nil {
		t.Fatal(err)
	}
	data, err := executor.MintAndSellCall(w.issuer, w.pair, q, maxIn, new(big.Int))
	if err != nil {
		t.Fatal(err)
	}
	out, err := w.call(owner, w.executor, data)
	if err != nil {
		t.Fatal(err)
	}
	profit, err := contracts.NewNavArbExecutor().UnpackMintAndSell(out)
	if err != nil {
		t.Fatal(err)
	}

	tooMuch := new(big.Int).Add(profit, big.NewInt(1))
	data, err = executor.MintAndSellCall(w.issuer, w.pair, q, maxIn, tooMuch)
	if err != nil {
		t.Fatal(err)
	}
	_, err = w.call(owner, w.executor, data)
	args := mustRevert(t, err, "ProfitBelowMinimum")
	if got, want := args[0].(*big.Int), profit; got.Cmp(want) != 0 {
		t.Errorf("ProfitBelowMinimum profit %v, want %v", got, want)
	}

	// Sent for real: the transaction fails and nothing moves.
	bal0, res0 := w.balance(t, w.usdc, w.executor), w.reserves(t)
	if r := w.trySend(t, owner, w.executor, data); r.Status != types.ReceiptStatusFailed {
		t.Fatalf("receipt status %d, want failed", r.Status)
	}
	if got, want := w.balance(t, w.usdc, w.executor), bal0; got.Cmp(want) != 0 {
		t.Errorf("executor USDC %v after a reverted loop, want %v", got, want)
	}
	if got, want := w.reserves(t), res0; got.Token.Cmp(want.Token) != 0 || got.Quote.Cmp(want.Quote) != 0 {
		t.Errorf("pool reserves %v after a reverted loop, want %v", got, want)
	}

	// The reverse loop on a premium loses money: reverts with a negative profit.
	data, err = executor.BuyAndRedeemCall(w.issuer, w.pair, e6(1000), new(big.Int))
	if err != nil {
		t.Fatal(err)
	}
	_, err = w.call(owner, w.executor, data)
	args = mustRevert(t, err, "ProfitBelowMinimum")
	if got := args[0].(*big.Int); got.Sign() >= 0 {
		t.Errorf("losing loop's profit %v, want < 0", got)
	}
}

// TestOnlyOwner: every entry point refuses any caller but the owner.
func TestOnlyOwner(t *testing.T) {
	w := newWorld(t)
	mint, err := executor.MintAndSellCall(w.issuer, w.pair, e18(1), e6(1000), new(big.Int))
	if err != nil {
		t.Fatal(err)
	}
	buy, err := executor.BuyAndRedeemCall(w.issuer, w.pair, e6(100), new(big.Int))
	if err != nil {
		t.Fatal(err)
	}
	sweep, err := executor.SweepCall(w.usdc, w.c.Addrs[stranger], e6(1))
	if err != nil {
		t.Fatal(err)
	}
	limit := executor.SqrtPriceX96(e6(100), true)
	mintV3, err := executor.MintAndSellV3Call(w.issuer, w.pair, e18(1), limit, e6(1000), new(big.Int))
	if err != nil {
		t.Fatal(err)
	}
	buyV3, err := executor.BuyAndRedeemV3Call(w.issuer, w.pair, e6(100), limit, new(big.Int))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		data []byte
	}{
		{"mintAndSell", mint},
		{"buyAndRedeem", buy},
		{"sweep", sweep},
		{"mintAndSellV3", mintV3},
		{"buyAndRedeemV3", buyV3},
		{"setIssuer", executor.SetIssuerCall(w.issuer, false)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, from := range []int{trader, stranger} {
				_, err := w.call(from, w.executor, tt.data)
				mustRevert(t, err, "NotOwner")
			}
		})
	}
	bal0 := w.balance(t, w.usdc, w.executor)
	if r := w.trySend(t, stranger, w.executor, sweep); r.Status != types.ReceiptStatusFailed {
		t.Fatalf("stranger's sweep: receipt status %d, want failed", r.Status)
	}
	if got, want := w.balance(t, w.usdc, w.executor), bal0; got.Cmp(want) != 0 {
		t.Errorf("executor USDC %v after a stranger's sweep, want %v", got, want)
	}
}

// TestIssuerAndPairChecks: a disallowed issuer and a pair of other tokens
// are refused.
func TestIssuerAndPairChecks(t *testing.T) {
	w := newWorld(t)
	other := w.v2.CreatePair(t, w.weth, w.usdc)
	data, err := executor.MintAndSellCall(w.issuer, other, e18(1), e6(1000), new(big.Int))
	if err != nil {
		t.Fatal(err)
	}
	_, err = w.call(owner, w.executor, data)
	mustRevert(t, err, "PairMismatch")

	w.send(t, owner, w.executor, executor.SetIssuerCall(w.issuer, false))
	data, err = executor.MintAndSellCall(w.issuer, w.pair, e18(1), e6(1000), new(big.Int))
	if err != nil {
		t.Fatal(err)
	}
	_, err = w.call(owner, w.executor, data)
	mustRevert(t, err, "IssuerNotAllowed")
}

// TestSweep: the owner takes tokens out of the executor.
func TestSweep(t *testing.T) {
	w := newWorld(t)
	to := w.c.Addrs[trader]
	exec0, to0 := w.balance(t, w.usdc, w.executor), w.balance(t, w.usdc, to)
	amount := e6(12_345)
	data, err := executor.SweepCall(w.usdc, to, amount)
	if err != nil {
		t.Fatal(err)
	}
	w.send(t, owner, w.executor, data)
	if got, want := w.balance(t, w.usdc, w.executor), new(big.Int).Sub(exec0, amount); got.Cmp(want) != 0 {
		t.Errorf("executor USDC %v, want %v", got, want)
	}
	if got, want := w.balance(t, w.usdc, to), new(big.Int).Add(to0, amount); got.Cmp(want) != 0 {
		t.Errorf("recipient USDC %v, want %v", got, want)
	}
}

// TestCallArguments: the call builders refuse missing and negative amounts.
func TestCallArguments(t *testing.T) {
	w := world{}
	neg := big.NewInt(-1)
	tests := []struct {
		name string
		err  error
	}{
		{"mint zero quantity", second(executor.MintAndSellCall(w.issuer, w.pair, new(big.Int), e6(1), e6(1)))},
		{"mint nil max", second(executor.MintAndSellCall(w.issuer, w.pair, e18(1), nil, e6(1)))},
		{"mint negative min profit", second(executor.MintAndSellCall(w.issuer, w.pair, e18(1), e6(1), neg))},
		{"buy zero quote", second(executor.BuyAndRedeemCall(w.issuer, w.pair, new(big.Int), e6(1)))},
		{"buy negative min profit", second(executor.BuyAndRedeemCall(w.issuer, w.pair, e6(1), neg))},
		{"sweep negative", second(executor.SweepCall(w.usdc, w.usdc, neg))},
		{"v3 mint no limit", second(executor.MintAndSellV3Call(w.issuer, w.pair, e18(1), nil, e6(1), e6(1)))},
		{"v3 mint zero quantity", second(executor.MintAndSellV3Call(w.issuer, w.pair, new(big.Int), big.NewInt(1), e6(1), e6(1)))},
		{"v3 buy zero quote", second(executor.BuyAndRedeemV3Call(w.issuer, w.pair, new(big.Int), big.NewInt(1), e6(1)))},
		{"v3 buy negative min profit", second(executor.BuyAndRedeemV3Call(w.issuer, w.pair, e6(1), big.NewInt(1), neg))},
	}
	for _, tt := range tests {
		if tt.err == nil {
			t.Errorf("%s: no error", tt.name)
		}
	}
}

func second(_ []byte, err error) error { return err }

func loopEvent(t *testing.T, r *types.Receipt) *contracts.NavArbExecutorLoopExecuted {
	t.Helper()
	e := contracts.NewNavArbExecutor()
	for _, l := range r.Logs {
		if ev, err := e.UnpackLoopExecutedEvent(l); err == nil {
			return ev
		}
	}
	t.Fatal("no LoopExecuted event")
	return nil
}

// noLeftovers: after a loop the executor holds no leveraged tokens and has
// no allowance left to the issuer.
func (w *world) noLeftovers(t *testing.T) {
	t.Helper()
	if got := w.balance(t, w.issuer, w.executor); got.Sign() != 0 {
		t.Errorf("executor holds %v leveraged tokens after the loop", got)
	}
	erc := contracts.NewTestERC20()
	for _, tok := range []struct {
		name string
		addr [20]byte
	}{{"USDC", w.usdc}, {"token", w.issuer}} {
		out := w.c.Call(t, tok.addr, erc.PackAllowance(w.executor, w.issuer))
		got, err := erc.UnpackAllowance(out)
		if err != nil {
			t.Fatal(err)
		}
		if got.Sign() != 0 {
			t.Errorf("%s allowance executor->issuer = %v after the loop, want 0", tok.name, got)
		}
	}
}
