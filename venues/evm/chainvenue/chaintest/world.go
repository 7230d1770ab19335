// Package chaintest builds the world the chain venue's tests and the
// command's end-to-end tests run against: an in-process go-ethereum
// simulated chain (served on a unix socket and, on request, over HTTP and
// WebSocket on 127.0.0.1), the reference leveraged token (NavLeveragedToken
// with its price feed), a real Uniswap V2 pair or V3 pool trading it at NAV
// against a 6-decimal USDC, and a NavArbExecutor owned by the bot's account
// and funded with USDC.
//
// Accounts: 0 deploys and mints (evmtest's convention), 1 is another
// trader, 3 is the bot (it owns the executor and nothing else sends from
// it).
package chaintest

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/navarb/navarb/venues/evm"
	"github.com/navarb/navarb/venues/evm/contracts"
	"github.com/navarb/navarb/venues/evm/evmtest"
	"github.com/navarb/navarb/venues/evm/executor"
)

// Accounts.
const (
	Owner  = 0
	Trader = 1
	Bot    = 3
)

// V3Fee is the V3 pool's fee tier (0.3%).
const V3Fee = 3000

// Figures: WETH at 2000 USDC; 1000 tokens backed by 100 WETH and 100,000
// USDC of debt, so NAV = 100 USDC and leverage 2; mint and redeem fees 10
// bps; a pool of 500 tokens and 50,000 USDC (V2) or full-range liquidity
// of about 300 tokens (V3), at NAV; the executor holds 100,000 USDC.
var (
	WETHPrice    = big.NewInt(2000e6)
	MintFeeBps   = big.NewInt(10)
	RedeemFeeBps = big.NewInt(10)
	ExecutorUSDC = E6(100_000)
)

// Options shape the world.
type Options struct {
	// V3 trades the token on a Uniswap V3 pool instead of a V2 pair.
	V3 bool
	// Serve also serves JSON-RPC over HTTP and WS on 127.0.0.1.
	Serve bool
}

// World is the chain and its contracts.
type World struct {
	C   *evmtest.Chain
	Sim *simulated.Backend
	// IPC is the node's unix socket; HTTP and WS its URLs when served.
	IPC, HTTP, WS string

	WETH, USDC, Feed, Issuer, Pool, Executor common.Address
	V2                                       *evmtest.V2
	V3                                       *evmtest.V3
	IsV3                                     bool
	// TokenIs0: the leveraged token is the pool's token0.
	TokenIs0 bool
}

// E18 and E6 scale whole units to 18 and 6 decimals.
func E18(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// E6 scales whole USDC to raw units.
func E6(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e6)) }

// ChainID is the simulated chain's id.
const ChainID = 1337

// BotKey is the bot's private key.
func BotKey() *ecdsa.PrivateKey { return evmtest.Key(Bot) }

func freePort(tb testing.TB) int {
	tb.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// New builds the world.
func New(tb testing.TB, opts Options) *World {
	tb.Helper()
	dir, err := os.MkdirTemp("", "cv")
	if err != nil {
		tb.Fatal(err)
	}
	w := &World{IPC: filepath.Join(dir, "n.ipc"), IsV3: opts.V3}
	alloc := types.GenesisAlloc{}
	keys := make([]*ecdsa.PrivateKey, 4)
	bal := new(big.Int).Mul(big.NewInt(1e6), big.NewInt(params.Ether))
	for i := range keys {
		keys[i] = evmtest.Key(i)
		alloc[crypto.PubkeyToAddress(keys[i].PublicKey)] = types.Account{Balance: bal}
	}
	var httpPort, wsPort int
	if opts.Serve {
		httpPort, wsPort = freePort(tb), freePort(tb)
		w.HTTP = fmt.Sprintf("http://127.0.0.1:%d", httpPort)
		w.WS = fmt.Sprintf("ws://127.0.0.1:%d", wsPort)
	}
	sim := simulated.NewBackend(alloc, simulated.WithBlockGasLimit(1_000_000_000), func(nc *node.Config, _ *ethconfig.Config) {
		nc.IPCPath = w.IPC
		if opts.Serve {
			nc.HTTPHost, nc.HTTPPort, nc.HTTPVirtualHosts = "127.0.0.1", httpPort, []string{"*"}
			nc.HTTPModules = []string{"eth", "net", "web3"}
			nc.WSHost, nc.WSPort, nc.WSOrigins = "127.0.0.1", wsPort, []string{"*"}
			nc.WSModules = []string{"eth", "net", "web3"}
		}
	})
	tb.Cleanup(func() {
		_ = sim.Close()
		os.RemoveAll(dir)
	})
	w.Sim = sim
	w.C = evmtest.Connect(tb, sim.Client(), keys)
	w.C.Sim = sim
	w.deploy(tb)
	return w
}

func (w *World) send(tb testing.TB, from int, to common.Address, data []byte) {
	tb.Helper()
	w.C.Send(tb, from, &to, data, evmtest.TxGas)
}

func (w *World) deploy(tb testing.TB) {
	tb.Helper()
	c := w.C
	w.WETH = c.DeployToken(tb, "Wrapped Ether", "WETH", 18)
	w.USDC = c.DeployToken(tb, "USD Coin", "USDC", 6)
	feed := contracts.NewNavPriceFeed()
	w.Feed = c.Deploy(tb, Owner, append(common.FromHex(contracts.NavPriceFeedMetaData.Bin),
		feed.PackConstructor(WETHPrice, big.NewInt(3600), big.NewInt(50))...))
	lt := contracts.NewNavLeveragedToken()
	bands := [4]*big.Int{
		new(big.Int).Div(E18(17), big.NewInt(10)), E18(2),
		new(big.Int).Div(E18(23), big.NewInt(10)), new(big.Int).Div(E18(25), big.NewInt(10)),
	}
	fees := [3]*big.Int{MintFeeBps, RedeemFeeBps, new(big.Int)}
	w.Issuer = c.Deploy(tb, Owner, append(common.FromHex(contracts.NavLeveragedTokenMetaData.Bin),
		lt.PackConstructor("ETH 2x", "ETH2X", w.WETH, w.USDC, w.Feed, bands, fees, big.NewInt(1<<40))...))
	c.Mint(tb, w.WETH, c.Addrs[Owner], E18(1000))
	c.Mint(tb, w.USDC, c.Addrs[Owner], E6(2_000_000))
	c.Approve(tb, Owner, w.WETH, w.Issuer)
	c.Approve(tb, Owner, w.USDC, w.Issuer)
	w.send(tb, Owner, w.Issuer, lt.PackFundReserve(E18(1000), E6(1_000_000)))
	w.send(tb, Owner, w.Issuer, lt.PackBootstrap(E18(1000), E18(100), E6(100_000)))
	w.TokenIs0 = w.Issuer.Cmp(w.USDC) < 0

	if w.IsV3 {
		w.V3 = evmtest.DeployV3(tb, c)
		w.Pool = w.V3.CreatePool(tb, w.Issuer, w.USDC, V3Fee, executor.SqrtPriceX96(w.NAV(tb), w.TokenIs0))
		c.Approve(tb, Owner, w.Issuer, w.V3.Caller)
		c.Approve(tb, Owner, w.USDC, w.V3.Caller)
		w.V3.Mint(tb, Owner, w.Pool, -887220, 887220, big.NewInt(3e15))
	} else {
		w.V2 = evmtest.DeployV2(tb, c)
		w.Pool = w.V2.CreatePair(tb, w.Issuer, w.USDC)
		c.Transfer(tb, Owner, w.Issuer, w.Pool, E18(500))
		c.Transfer(tb, Owner, w.USDC, w.Pool, E6(50_000))
		data, err := w.V2.PairABI.Pack("mint", c.Addrs[Owner])
		if err != nil {
			tb.Fatal(err)
		}
		w.send(tb, Owner, w.Pool, data)
	}
	w.Executor = c.Deploy(tb, Bot, executor.DeployCode())
	w.send(tb, Bot, w.Executor, executor.SetIssuerCall(w.Issuer, true))
	c.Mint(tb, w.USDC, w.Executor, ExecutorUSDC)
}

// Endpoint is an in-process endpoint on the node's unix socket.
func (w *World) Endpoint() evm.Endpoint {
	return evm.Endpoint{Name: "sim", Dial: func(ctx context.Context) (*rpc.Client, error) { return rpc.DialIPC(ctx, w.IPC) }}
}

// NAV is the issuer's NAV, USDC raw units per 1e18 tokens.
func (w *World) NAV(tb testing.TB) *big.Int {
	tb.Helper()
	s, err := executor.ReadIssuer(context.Background(), w.C.Client, w.Issuer, nil)
	if err != nil {
		tb.Fatal(err)
	}
	return s.NAV
}

// Price is the pool's mid price, USDC raw units per 1e18 tokens.
func (w *World) Price(tb testing.TB) *big.Int {
	tb.Helper()
	if w.IsV3 {
		sqrt, _ := w.V3.Slot0(tb, w.Pool)
		return executor.V3PoolPrice(sqrt, w.TokenIs0)
	}
	r0, r1 := w.V2.Reserves(tb, w.Pool)
	if !w.TokenIs0 {
		r0, r1 = r1, r0
	}
	return executor.PoolPrice(executor.V2Reserves{Token: r0, Quote: r1, FeeBps: 30})
}

// PremiumBps is (pool price / NAV - 1) in basis points.
func (w *World) PremiumBps(tb testing.TB) float64 {
	tb.Helper()
	r, _ := new(big.Rat).SetFrac(w.Price(tb), w.NAV(tb)).Float64()
	return (r - 1) * 1e4
}

// USDCOf is an account's (or contract's) USDC balance in raw units.
func (w *World) USDCOf(tb testing.TB, a common.Address) *big.Int {
	tb.Helper()
	return w.C.BalanceOf(tb, w.USDC, a)
}

// PushPremium has the trader buy tokens from the pool with quoteIn USDC
// (raw units), mined in its own block.
func (w *World) PushPremium(tb testing.TB, quoteIn *big.Int) {
	tb.Helper()
	if w.IsV3 {
		w.V3.Fund(tb, Trader, w.USDC, quoteIn)
		w.V3.Swap(tb, Trader, w.Pool, !w.TokenIs0, quoteIn, nil)
		return
	}
	r0, r1 := w.V2.Reserves(tb, w.Pool)
	rTok, rQuote := r0, r1
	if !w.TokenIs0 {
		rTok, rQuote = r1, r0
	}
	out := executor.V2AmountOut(quoteIn, rQuote, rTok, 30)
	w.V2.Fund(tb, Trader, w.USDC, quoteIn)
	a0, a1 := w.outs(w.Issuer, out)
	w.V2.Swap(tb, Trader, w.Pool, w.USDC, quoteIn, a0, a1)
}

// PushDiscount has the trader sell tokensIn tokens (raw units, given by
// the owner) into the pool, mined in its own block.
func (w *World) PushDiscount(tb testing.TB, tokensIn *big.Int) {
	tb.Helper()
	c := w.C
	c.Transfer(tb, Owner, w.Issuer, c.Addrs[Trader], tokensIn)
	if w.IsV3 {
		c.Approve(tb, Trader, w.Issuer, w.V3.Caller)
		w.V3.Swap(tb, Trader, w.Pool, w.TokenIs0, tokensIn, nil)
		return
	}
	c.Approve(tb, Trader, w.Issuer, w.V2.Caller)
	r0, r1 := w.V2.Reserves(tb, w.Pool)
	rTok, rQuote := r0, r1
	if !w.TokenIs0 {
		rTok, rQuote = r1, r0
	}
	out := executor.V2AmountOut(tokensIn, rTok, rQuote, 30)
	a0, a1 := w.outs(w.USDC, out)
	w.V2.Swap(tb, Trader, w.Pool, w.Issuer, tokensIn, a0, a1)
}

func (w *World) outs(tokenOut common.Address, amount *big.Int) (amount0Out, amount1Out *big.Int) {
	t0 := w.Issuer
	if !w.TokenIs0 {
		t0 = w.USDC
	}
	if tokenOut == t0 {
		return amount, new(big.Int)
	}
	return new(big.Int), amount
}
