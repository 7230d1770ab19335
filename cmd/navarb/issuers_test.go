package main

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/navarb/navarb/venues/evm/chainvenue/chaintest"
	"github.com/navarb/navarb/venues/evm/contracts"
	"github.com/navarb/navarb/venues/evm/evmtest"
	"github.com/navarb/navarb/venues/evm/executor"
	"github.com/navarb/navarb/venues/evm/issuer/issuertest"
)

// issuerEnv deploys the look-alike issuers into a chaintest world: its
// USDC, WETH, feed, V2 factory and the bot's executor.
func issuerEnv(w *chaintest.World) issuertest.Env {
	return issuertest.Env{C: w.C, V2: w.V2, USDC: w.USDC, WETH: w.WETH, Feed: w.Feed, Executor: w.Executor,
		Owner: chaintest.Owner, ExecutorOwner: chaintest.Bot}
}

// swapIn has the trader swap amountIn of tokenIn (minted to it, or, for
// a token only the owner holds, sent by the owner) through the V2 pair.
func swapIn(t *testing.T, w *chaintest.World, pair, tokenIn common.Address, amountIn *big.Int, fromOwner bool) {
	t.Helper()
	c := w.C
	if fromOwner {
		c.Transfer(t, chaintest.Owner, tokenIn, c.Addrs[chaintest.Trader], amountIn)
		c.Approve(t, chaintest.Trader, tokenIn, w.V2.Caller)
	} else {
		w.V2.Fund(t, chaintest.Trader, tokenIn, amountIn)
	}
	r0, r1 := w.V2.Reserves(t, pair)
	t0, _ := w.V2.Tokens(t, pair)
	rIn, rOut := r0, r1
	if t0 != tokenIn {
		rIn, rOut = r1, r0
	}
	out := executor.V2AmountOut(amountIn, rIn, rOut, 30)
	a0, a1 := out, new(big.Int)
	if t0 == tokenIn {
		a0, a1 = new(big.Int), out
	}
	w.V2.Swap(t, chaintest.Trader, pair, tokenIn, amountIn, a0, a1)
}

func indexCoopSets(w *chaintest.World, d issuertest.IndexCoop) []string {
	return []string{
		"tokens.ETH2X.issuer_kind=indexcoop",
		"tokens.ETH2X.issuer_address=" + d.Module.Hex(),
		"tokens.ETH2X.token_address=" + d.Set.Hex(),
		"tokens.ETH2X.pool_address=" + d.Pair.Hex(),
		"tokens.ETH2X.pool_kind=v2",
		"tokens.ETH2X.pool_fee_bps=30",
		"tokens.ETH2X.exec_issuer_address=" + d.Adapter.Hex(),
		"tokens.ETH2X.strategy_address=" + d.Extension.Hex(),
		"tokens.ETH2X.collateral_atoken_address=" + d.AToken.Hex(),
		"tokens.ETH2X.debt_token_address=" + d.DebtToken.Hex(),
		"tokens.ETH2X.price_feed_address=" + w.Feed.Hex(),
		"tokens.ETH2X.price_feed_kind=navarb",
		"tokens.ETH2X.streaming_fee_module_address=" + d.FeeModule.Hex(),
	}
}

// TestIndexCoopChain runs navarb on an Index Coop look-alike: bad input
// exits 2 naming the field; a paper run reads the set's NAV, sizes a
// mint-and-sell through the IndexCoopExecIssuer and sends nothing.
func TestIndexCoopChain(t *testing.T) {
	w := chaintest.New(t, chaintest.Options{Serve: true})
	d := issuertest.DeployIndexCoop(t, issuerEnv(w))
	key := setBotKey(t)
	eoa := w.C.Addrs[chaintest.Trader].Hex()
	sets := func(extra ...string) []string { return append(indexCoopSets(w, d), extra...) }

	bad := []struct {
		name  string
		extra []string
		want  string
	}{
		{"module without code", sets("tokens.ETH2X.issuer_address=" + eoa), "tokens.ETH2X.issuer_address: no contract code at " + eoa},
		{"no strategy", sets("tokens.ETH2X.strategy_address="), "tokens.ETH2X.strategy_address: is required"},
		{"strategy without code", sets("tokens.ETH2X.strategy_address=" + eoa), "tokens.ETH2X.strategy_address: no contract code at " + eoa},
		{"module not the set's", sets("tokens.ETH2X.issuer_address=" + d.FlashMint.Hex()), "tokens.ETH2X.issuer_address: module " + d.FlashMint.Hex() + " is not initialized"},
		{"adapter of another token", sets("tokens.ETH2X.exec_issuer_address=" + w.Issuer.Hex()), "tokens.ETH2X.exec_issuer_address: " + w.Issuer.Hex() + " does not issue"},
		{"bad feed kind", sets("tokens.ETH2X.price_feed_kind=pyth"), `tokens.ETH2X.price_feed_kind: "pyth" is not one of navarb, chainlink`},
		{"mint fee differs", sets("tokens.ETH2X.mint_fee_bps=25"), "tokens.ETH2X.mint_fee_bps: config 25, issuer " + d.Adapter.Hex() + " charges 10.0000 on chain"},
		{"pool of another token", sets("tokens.ETH2X.pool_address=" + w.Pool.Hex()), "tokens.ETH2X.pool_address: pool " + w.Pool.Hex() + " trades"},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			code, out, errs := runCLI(t, ctx, chainArgs(w, "paper", tc.extra...)...)
			if code != exitUsage {
				t.Fatalf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, exitUsage, out, errs)
			}
			if !strings.Contains(errs, tc.want) {
				t.Errorf("stderr lacks %q:\n%s", tc.want, errs)
			}
		})
	}

	t.Run("paper", func(t *testing.T) {
		swapIn(t, w, d.Pair, w.USDC, chaintest.E6(1_500), false) // a premium of about 6%
		bot := w.C.Addrs[chaintest.Bot]
		nonce0, err := w.C.Client.PendingNonceAt(context.Background(), bot)
		if err != nil {
			t.Fatal(err)
		}
		cli := &cliRun{w: w}
		code, out, errs := cli.run(t, chainArgs(w, "paper", sets()...), cliStep{until: "paper loop"})
		if code != exitOK {
			t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, out, errs)
		}
		nonce1, err := w.C.Client.PendingNonceAt(context.Background(), bot)
		if err != nil {
			t.Fatal(err)
		}
		if nonce1 != nonce0 {
			t.Errorf("bot nonce %d after a paper run, want %d", nonce1, nonce0)
		}
		for _, want := range []string{"paper loop simulated (not sent)", `"kind":"mint_sell"`} {
			if !strings.Contains(errs, want) {
				t.Errorf("log lacks %q:\n%s", want, errs)
			}
		}
		for _, want := range []string{"navarb report: paper", "mint_sell ETH2X success: expected"} {
			if !strings.Contains(out, want) {
				t.Errorf("report lacks %q:\n%s", want, out)
			}
		}
		if strings.Contains(out+errs, key) {
			t.Error("the private key appears in the output")
		}
	})
}

// TestTorosNeverMintsToSell runs navarb in paper mode on a Toros
// look-alike whose pool trades at a premium (a mint-and-sell would pay),
// then at a discount: the only loops planned are buy-and-redeem.
func TestTorosNeverMintsToSell(t *testing.T) {
	w := chaintest.New(t, chaintest.Options{Serve: true})
	env := issuerEnv(w)
	d := issuertest.DeployToros(t, env, 100)
	// The deploy moved the clock a day: refresh the feed.
	w.C.Send(t, chaintest.Owner, &w.Feed, contracts.NewNavPriceFeed().PackUpdate(chaintest.WETHPrice), evmtest.TxGas)
	setBotKey(t)
	sets := []string{
		"tokens.ETH2X.issuer_kind=toros",
		"tokens.ETH2X.issuer_address=" + d.Pool.Hex(),
		"tokens.ETH2X.token_address=" + d.Pool.Hex(),
		"tokens.ETH2X.pool_address=" + d.Pair.Hex(),
		"tokens.ETH2X.pool_kind=v2",
		"tokens.ETH2X.pool_fee_bps=30",
		"tokens.ETH2X.exec_issuer_address=" + d.Adapter.Hex(),
	}
	swapIn(t, w, d.Pair, w.USDC, chaintest.E6(6_000), false) // a premium of about 12%
	cli := &cliRun{w: w}
	code, out, errs := cli.run(t, chainArgs(w, "paper", sets...),
		cliStep{until: `"message":"running"`, then: func() {
			// Blocks at the premium: the engine decides on each.
			for range 10 {
				w.Sim.Commit()
				time.Sleep(100 * time.Millisecond)
			}
			swapIn(t, w, d.Pair, d.Pool, issuertest.E18(10_000), true) // now a discount
		}},
		cliStep{until: "paper loop"})
	if code != exitOK {
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, out, errs)
	}
	if !strings.Contains(errs, `"kind":"buy_redeem"`) {
		t.Errorf("no buy-and-redeem planned at the discount:\n%s", errs)
	}
	if strings.Contains(errs, `"kind":"mint_sell"`) || strings.Contains(out, "mint_sell ETH2X") {
		t.Errorf("a mint-and-sell was planned for a Toros token:\nstdout:\n%s\nstderr:\n%s", out, errs)
	}
	if strings.Contains(errs, "submit failed") {
		t.Errorf("a plan was refused:\n%s", errs)
	}
}
