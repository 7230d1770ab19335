package executor_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"

	"github.com/navarb/navarb/venues/evm/contracts"
	"github.com/navarb/navarb/venues/evm/evmtest"
	"github.com/navarb/navarb/venues/evm/executor"
)

// Accounts of the world: 0 deploys everything and owns the issuer and the
// executor, 1 is another trader, 2 a stranger.
const (
	owner    = 0
	trader   = 1
	stranger = 2
)

// Figures of the world: WETH at 2000 USDC; 1000 tokens of 2x, 100 WETH of
// collateral and 100,000 USDC of debt, so NAV = 100 USDC; a pool of 500
// tokens and 50,000 USDC (at NAV); mint and redeem fees 10 bps.
var (
	wethPrice   = big.NewInt(2000e6)
	mintFeeBps  = big.NewInt(10)
	redeemFee   = big.NewInt(10)
	maxPriceAge = big.NewInt(86400)
	heartbeat   = big.NewInt(3600)
	deviation   = big.NewInt(50)
)

type world struct {
	c        *evmtest.Chain
	v2       *evmtest.V2
	weth     common.Address
	usdc     common.Address
	feed     common.Address
	issuer   common.Address
	pair     common.Address
	executor common.Address
}

func e18(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }
func e6(n int64) *big.Int  { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e6)) }

func ptr(a common.Address) *common.Address { return &a }

func newWorld(t *testing.T) *world {
	t.Helper()
	c := evmtest.NewChain(t, evmtest.Options{Accounts: 3})
	w := &world{c: c}
	w.weth = c.DeployToken(t, "Wrapped Ether", "WETH", 18)
	w.usdc = c.DeployToken(t, "USD Coin", "USDC", 6)

	feed := contracts.NewNavPriceFeed()
	w.feed = c.Deploy(t, owner, append(common.FromHex(contracts.NavPriceFeedMetaData.Bin), feed.PackConstructor(wethPrice, heartbeat, deviation)...))

	lt := contracts.NewNavLeveragedToken()
	bands := [4]*big.Int{
		new(big.Int).Div(e18(17), big.NewInt(10)), e18(2),
		new(big.Int).Div(e18(23), big.NewInt(10)), new(big.Int).Div(e18(25), big.NewInt(10)),
	}
	fees := [3]*big.Int{mintFeeBps, redeemFee, new(big.Int)}
	w.issuer = c.Deploy(t, owner, append(common.FromHex(contracts.NavLeveragedTokenMetaData.Bin),
		lt.PackConstructor("ETH 2x", "ETH2X", w.weth, w.usdc, w.feed, bands, fees, maxPriceAge)...))

	// Reserve and bootstrap.
	c.Mint(t, w.weth, c.Addrs[owner], e18(1000))
	c.Mint(t, w.usdc, c.Addrs[owner], e6(2_000_000))
	c.Approve(t, owner, w.weth, w.issuer)
	c.Approve(t, owner, w.usdc, w.issuer)
	w.send(t, owner, w.issuer, lt.PackFundReserve(e18(1000), e6(1_000_000)))
	w.send(t, owner, w.issuer, lt.PackBootstrap(e18(1000), e18(100), e6(100_000)))

	// The pool, at NAV.
	w.v2 = evmtest.DeployV2(t, c)
	w.pair = w.v2.CreatePair(t, w.issuer, w.usdc)
	c.Transfer(t, owner, w.issuer, w.pair, e18(500))
	c.Transfer(t, owner, w.usdc, w.pair, e6(50_000))
	data, err := w.v2.PairABI.Pack("mint", c.Addrs[owner])
	if err != nil {
		t.Fatal(err)
	}
	w.send(t, owner, w.pair, data)

	// The executor, funded with 100,000 USDC.
	w.executor = c.Deploy(t, owner, executor.DeployCode())
	w.send(t, owner, w.executor, executor.SetIssuerCall(w.issuer, true))
	c.Mint(t, w.usdc, w.executor, e6(100_000))
	return w
}

func (w *world) send(t *testing.T, from int, to common.Address, data []byte) *types.Receipt {
	t.Helper()
	return w.c.Send(t, from, ptr(to), data, evmtest.TxGas)
}

// trySend sends a transaction that may revert and returns its receipt
// without judging it.
func (w *world) trySend(t *testing.T, from int, to common.Address, data []byte) *types.Receipt {
	t.Helper()
	ctx := context.Background()
	c := w.c
	nonce, err := c.Client.PendingNonceAt(ctx, c.Addrs[from])
	if err != nil {
		t.Fatal(err)
	}
	tx, err := types.SignNewTx(c.Keys[from], types.LatestSignerForChainID(c.ChainID), &types.DynamicFeeTx{
		ChainID: c.ChainID, Nonce: nonce, GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(50 * params.GWei),
		Gas: 3_000_000, To: &to, Data: data,
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Client.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	c.Sim.Commit()
	c.ResetNonces()
	r, err := c.Client.TransactionReceipt(ctx, tx.Hash())
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// call runs an eth_call from account `from` on the latest block.
func (w *world) call(from int, to common.Address, data []byte) ([]byte, error) {
	return w.c.Client.CallContract(context.Background(), ethereum.CallMsg{From: w.c.Addrs[from], To: &to, Data: data}, nil)
}

func (w *world) state(t *testing.T) executor.IssuerState {
	t.Helper()
	s, err := executor.ReadIssuer(context.Background(), w.c.Client, w.issuer, nil)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func (w *world) reserves(t *testing.T) executor.V2Reserves {
	t.Helper()
	r0, r1 := w.v2.Reserves(t, w.pair)
	if w.issuer.Cmp(w.usdc) < 0 {
		return executor.V2Reserves{Token: r0, Quote: r1, FeeBps: 30}
	}
	return executor.V2Reserves{Token: r1, Quote: r0, FeeBps: 30}
}

func (w *world) balance(t *testing.T, token, owner common.Address) *big.Int {
	t.Helper()
	return w.c.BalanceOf(t, token, owner)
}

// outs orients a pair swap's output: the token goes out when buying.
func (w *world) outs(tokenOut common.Address, amount *big.Int) (amount0Out, amount1Out *big.Int) {
	t0 := w.issuer
	if w.usdc.Cmp(w.issuer) < 0 {
		t0 = w.usdc
	}
	if tokenOut == t0 {
		return amount, new(big.Int)
	}
	return new(big.Int), amount
}

// pushPremium has the trader buy tokens from the pool with quoteIn USDC.
func (w *world) pushPremium(t *testing.T, quoteIn *big.Int) {
	t.Helper()
	r := w.reserves(t)
	out := executor.V2AmountOut(quoteIn, r.Quote, r.Token, 30)
	w.v2.Fund(t, trader, w.usdc, quoteIn)
	a0, a1 := w.outs(w.issuer, out)
	w.v2.Swap(t, trader, w.pair, w.usdc, quoteIn, a0, a1)
}

// pushDiscount has the trader sell tokenIn tokens (given by the owner) into the pool.
func (w *world) pushDiscount(t *testing.T, tokenIn *big.Int) {
	t.Helper()
	w.c.Transfer(t, owner, w.issuer, w.c.Addrs[trader], tokenIn)
	w.c.Approve(t, trader, w.issuer, w.v2.Caller)
	r := w.reserves(t)
	out := executor.V2AmountOut(tokenIn, r.Token, r.Quote, 30)
	a0, a1 := w.outs(w.usdc, out)
	w.v2.Swap(t, trader, w.pair, w.issuer, tokenIn, a0, a1)
}

// ratio is a/b as a float.
func ratio(a, b *big.Int) float64 {
	f, _ := new(big.Rat).SetFrac(a, b).Float64()
	return f
}

func mustRevert(t *testing.T, err error, want string) []any {
	t.Helper()
	if err == nil {
		t.Fatalf("call succeeded, want revert %s", want)
	}
	rv, ok := executor.DecodeRevert(err)
	if !ok {
		t.Fatalf("revert not decoded (%v), want %s", err, want)
	}
	if got := rv.Name; got != want {
		t.Fatalf("revert %s, want %s", rv, want)
	}
	return rv.Args
}
