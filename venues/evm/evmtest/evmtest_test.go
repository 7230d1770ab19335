package evmtest_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/navarb/navarb/venues/evm/evmtest"
)

func e18(n int64) *big.Int {
	return new(big.Int).Mul(big.NewInt(n), new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil))
}

// q96 is 2^96: sqrtPriceX96 of price 1.
var q96 = new(big.Int).Lsh(big.NewInt(1), 96)

func TestKeysDeterministic(t *testing.T) {
	if got, want := evmtest.Address(0), evmtest.Address(0); got != want {
		t.Fatalf("Address(0) = %s then %s", got, want)
	}
	if evmtest.Address(0) == evmtest.Address(1) {
		t.Fatal("Address(0) == Address(1)")
	}
}

func TestTokenMintTransfer(t *testing.T) {
	c := evmtest.NewChain(t, evmtest.Options{Accounts: 2})
	tok := c.DeployToken(t, "Test", "TST", 6)
	c.Mint(t, tok, c.Addrs[0], big.NewInt(1_000_000))
	c.Transfer(t, 0, tok, c.Addrs[1], big.NewInt(250_000))
	if got, want := c.BalanceOf(t, tok, c.Addrs[0]), big.NewInt(750_000); got.Cmp(want) != 0 {
		t.Errorf("balance 0 = %s, want %s", got, want)
	}
	if got, want := c.BalanceOf(t, tok, c.Addrs[1]), big.NewInt(250_000); got.Cmp(want) != 0 {
		t.Errorf("balance 1 = %s, want %s", got, want)
	}
}

func TestV2PairSwap(t *testing.T) {
	c := evmtest.NewChain(t, evmtest.Options{})
	v2 := evmtest.DeployV2(t, c)
	t0, t1 := c.DeployTokenPair(t, "A", "B", 18, 18)
	pair := v2.CreatePair(t, t0, t1)
	v2.AddLiquidity(t, 0, pair, e18(1000), e18(2000))
	r0, r1 := v2.Reserves(t, pair)
	if r0.Cmp(e18(1000)) != 0 || r1.Cmp(e18(2000)) != 0 {
		t.Fatalf("reserves = %s, %s", r0, r1)
	}
	v2.Fund(t, 1, t0, e18(1))
	// Asking for the whole reserve fails the pair's checks; a small output succeeds.
	if err := v2.TrySwap(context.Background(), 1, pair, t0, e18(1), big.NewInt(0), e18(2000)); err == nil {
		t.Error("swap taking the whole reserve succeeded")
	}
	v2.Swap(t, 1, pair, t0, e18(1), big.NewInt(0), e18(1))
	if got := c.BalanceOf(t, t1, c.Addrs[1]); got.Cmp(e18(1)) != 0 {
		t.Errorf("output balance = %s, want 1e18", got)
	}
}

func TestV3PoolQuoteAndSwap(t *testing.T) {
	c := evmtest.NewChain(t, evmtest.Options{})
	v3 := evmtest.DeployV3(t, c)
	t0, t1 := c.DeployTokenPair(t, "A", "B", 18, 18)
	pool := v3.CreatePool(t, t0, t1, 3000, q96)
	v3.Fund(t, 0, t0, e18(1_000_000))
	v3.Fund(t, 0, t1, e18(1_000_000))
	v3.Mint(t, 0, pool, -600, 600, e18(1000))
	if got, want := v3.Liquidity(t, pool), e18(1000); got.Cmp(want) != 0 {
		t.Fatalf("liquidity = %s, want %s", got, want)
	}
	q, err := v3.QuoteExactInputSingle(context.Background(), t0, t1, 3000, e18(1), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if q.Amount.Sign() <= 0 || q.Amount.Cmp(e18(1)) >= 0 {
		t.Fatalf("quote out = %s, want in (0, 1e18)", q.Amount)
	}
	v3.Fund(t, 1, t0, e18(1))
	v3.Swap(t, 1, pool, true, e18(1), nil)
	if got := c.BalanceOf(t, t1, c.Addrs[1]); got.Cmp(q.Amount) != 0 {
		t.Errorf("swap output = %s, quoter said %s", got, q.Amount)
	}
	sqrtP, _ := v3.Slot0(t, pool)
	if sqrtP.Cmp(q.SqrtPriceX96After) != 0 {
		t.Errorf("price after = %s, quoter said %s", sqrtP, q.SqrtPriceX96After)
	}
}

// A node reached over RPC is a Client.
var _ evmtest.Client = (*ethclient.Client)(nil)

// TestConnectWaitsForTheNode drives a chain in Connect mode, where the node
// mines by itself (here a goroutine commits the simulated chain), as on the
// dev-chain process.
func TestConnectWaitsForTheNode(t *testing.T) {
	sim := evmtest.NewChain(t, evmtest.Options{Accounts: 2})
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			select {
			case <-stop:
				return
			case <-time.After(10 * time.Millisecond):
				sim.Sim.Commit()
			}
		}
	}()
	defer func() { close(stop); <-done }()

	c := evmtest.Connect(t, sim.Client, []*ecdsa.PrivateKey{evmtest.Key(0), evmtest.Key(1)})
	if c.ChainID.Cmp(sim.ChainID) != 0 {
		t.Fatalf("chain id %s, want %s", c.ChainID, sim.ChainID)
	}
	tok := c.DeployToken(t, "Remote", "RMT", 18)
	c.Mint(t, tok, c.Addrs[1], big.NewInt(42))
	if got := c.BalanceOf(t, tok, c.Addrs[1]); got.Cmp(big.NewInt(42)) != 0 {
		t.Fatalf("balance = %s, want 42", got)
	}
}
