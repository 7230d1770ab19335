package issuer_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"

	"github.com/navarb/navarb/venues/evm/contracts"
	"github.com/navarb/navarb/venues/evm/evmtest"
	"github.com/navarb/navarb/venues/evm/executor"
	"github.com/navarb/navarb/venues/evm/issuer"
	"github.com/navarb/navarb/venues/evm/issuer/issuertest"
)

// Accounts: 0 deploys and manages everything and owns the executor, 1 is
// another trader, 2 a stranger.
const (
	owner    = 0
	trader   = 1
	stranger = 2
)

var wethPrice = big.NewInt(2000e6) // USDC units per WETH unit, 1e18-scaled

func e18(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }
func e6(n int64) *big.Int  { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e6)) }

// frac is n/d * 1e18 (a precise-unit fraction).
func frac(n, d int64) *big.Int {
	return new(big.Int).Div(new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)), big.NewInt(d))
}

func ptr(a common.Address) *common.Address { return &a }

// base is what every world has: the chain, USDC, WETH (or an aToken), a
// price feed, Uniswap V2 and a funded executor.
type base struct {
	c        *evmtest.Chain
	v2       *evmtest.V2
	usdc     common.Address
	weth     common.Address
	feed     common.Address
	executor common.Address
}

func newBase(t *testing.T, collateralSymbol string) base {
	t.Helper()
	c := evmtest.NewChain(t, evmtest.Options{Accounts: 3})
	b := base{c: c}
	b.usdc = c.DeployToken(t, "USD Coin", "USDC", 6)
	b.weth = c.DeployToken(t, collateralSymbol, collateralSymbol, 18)
	feed := contracts.NewNavPriceFeed()
	b.feed = c.Deploy(t, owner, append(common.FromHex(contracts.NavPriceFeedMetaData.Bin),
		feed.PackConstructor(wethPrice, big.NewInt(3600), big.NewInt(1))...))
	b.v2 = evmtest.DeployV2(t, c)
	b.executor = c.Deploy(t, owner, executor.DeployCode())
	c.Mint(t, b.usdc, b.executor, e6(100_000))
	return b
}

// env is the base as an issuertest deployment target.
func (b *base) env() issuertest.Env {
	return issuertest.Env{C: b.c, V2: b.v2, USDC: b.usdc, WETH: b.weth, Feed: b.feed, Executor: b.executor, Owner: owner, ExecutorOwner: owner}
}

func (b *base) send(t *testing.T, from int, to common.Address, data []byte) *types.Receipt {
	t.Helper()
	return b.c.Send(t, from, ptr(to), data, evmtest.TxGas)
}

// mined commits blocks until tx is in one (a loaded machine's block builder
// may leave it for the next) and returns its receipt.
func (b *base) mined(t *testing.T, tx *types.Transaction) *types.Receipt {
	t.Helper()
	for i := 0; ; i++ {
		b.c.Sim.Commit()
		r, err := b.c.Client.TransactionReceipt(context.Background(), tx.Hash())
		if err == nil {
			return r
		}
		if i == 20 {
			t.Fatalf("receipt of %s: %v", tx.Hash(), err)
		}
	}
}

// call is an eth_call from account `from` on the latest block.
func (b *base) call(from int, to common.Address, data []byte) ([]byte, error) {
	return b.c.Client.CallContract(context.Background(), ethereum.CallMsg{From: b.c.Addrs[from], To: &to, Data: data}, nil)
}

func (b *base) balance(t *testing.T, token, who common.Address) *big.Int {
	t.Helper()
	return b.c.BalanceOf(t, token, who)
}

// setPrice publishes a new feed price.
func (b *base) setPrice(t *testing.T, price *big.Int) {
	t.Helper()
	b.send(t, owner, b.feed, contracts.NewNavPriceFeed().PackUpdate(price))
}

// pairWith creates the pair of token and USDC holding tokenAmount and
// usdcAmount (minted to the pair, LP tokens to the owner).
func (b *base) pairWith(t *testing.T, token common.Address, tokenAmount, usdcAmount *big.Int, mintToken bool) common.Address {
	t.Helper()
	pair := b.v2.CreatePair(t, token, b.usdc)
	if mintToken {
		b.c.Mint(t, token, pair, tokenAmount)
	} else {
		b.c.Transfer(t, owner, token, pair, tokenAmount)
	}
	b.c.Mint(t, b.usdc, pair, usdcAmount)
	data, err := b.v2.PairABI.Pack("mint", b.c.Addrs[owner])
	if err != nil {
		t.Fatal(err)
	}
	b.send(t, owner, pair, data)
	return pair
}

// reserves returns a pair's reserves of token and of the other token.
func (b *base) reserves(t *testing.T, pair, token common.Address) (rToken, rOther *big.Int) {
	t.Helper()
	r0, r1 := b.v2.Reserves(t, pair)
	t0, _ := b.v2.Tokens(t, pair)
	if t0 == token {
		return r0, r1
	}
	return r1, r0
}

// outs orients a pair swap's output amount to (amount0Out, amount1Out).
func (b *base) outs(t *testing.T, pair, tokenOut common.Address, amount *big.Int) (*big.Int, *big.Int) {
	t.Helper()
	t0, _ := b.v2.Tokens(t, pair)
	if t0 == tokenOut {
		return amount, new(big.Int)
	}
	return new(big.Int), amount
}

// buyToken has the trader buy token from the pair with quoteIn USDC.
func (b *base) buyToken(t *testing.T, pair, token common.Address, quoteIn *big.Int) {
	t.Helper()
	rToken, rQuote := b.reserves(t, pair, token)
	out := executor.V2AmountOut(quoteIn, rQuote, rToken, 30)
	b.v2.Fund(t, trader, b.usdc, quoteIn)
	a0, a1 := b.outs(t, pair, token, out)
	b.v2.Swap(t, trader, pair, b.usdc, quoteIn, a0, a1)
}

// sellToken has the trader sell tokenIn of token (given by the owner) into the pair.
func (b *base) sellToken(t *testing.T, pair, token common.Address, tokenIn *big.Int) {
	t.Helper()
	b.c.Transfer(t, owner, token, b.c.Addrs[trader], tokenIn)
	b.c.Approve(t, trader, token, b.v2.Caller)
	rToken, rQuote := b.reserves(t, pair, token)
	out := executor.V2AmountOut(tokenIn, rToken, rQuote, 30)
	a0, a1 := b.outs(t, pair, b.usdc, out)
	b.v2.Swap(t, trader, pair, token, tokenIn, a0, a1)
}

// mustRevertWith requires err to be a revert decoding to the named error.
func mustRevertWith(t *testing.T, err error, want string) {
	t.Helper()
	if err == nil {
		t.Fatalf("call succeeded, want revert %s", want)
	}
	rv, ok := executor.DecodeRevert(err)
	if !ok {
		t.Fatalf("revert not decoded (%v), want %s", err, want)
	}
	if rv.Name != want {
		t.Fatalf("revert %s, want %s", rv, want)
	}
}

// ceilDiv is a/b rounded up.
func ceilDiv(a, b *big.Int) *big.Int {
	if a.Sign() == 0 {
		return new(big.Int)
	}
	q := new(big.Int).Sub(a, big.NewInt(1))
	return q.Div(q, b).Add(q, big.NewInt(1))
}

func mul(a, b *big.Int) *big.Int { return new(big.Int).Mul(a, b) }
func div(a, b *big.Int) *big.Int { return new(big.Int).Div(a, b) }
func sub(a, b *big.Int) *big.Int { return new(big.Int).Sub(a, b) }
func add(a, b *big.Int) *big.Int { return new(big.Int).Add(a, b) }

var one18 = e18(1)

// client is the chain's client as the issuers' Caller.
func (b *base) client(t *testing.T) issuer.Caller {
	t.Helper()
	c, ok := b.c.Client.(issuer.Caller)
	if !ok {
		t.Fatalf("client %T cannot read code", b.c.Client)
	}
	return c
}

// issuerEvent decodes the one Minted or Redeemed event `from` logged in r
// with NavLeveragedToken's ABI, as loop readers do: quantity, collateral,
// debt, quote amount, fee.
func issuerEvent(t *testing.T, r *types.Receipt, from common.Address, name string) []*big.Int {
	t.Helper()
	lt := contracts.NewNavLeveragedToken()
	id := lt.GetABI().Events[name].ID
	var found []*big.Int
	for _, l := range r.Logs {
		if l.Address != from || len(l.Topics) == 0 || l.Topics[0] != id {
			continue
		}
		if found != nil {
			t.Fatalf("two %s events", name)
		}
		if name == "Minted" {
			ev, err := lt.UnpackMintedEvent(l)
			if err != nil {
				t.Fatal(err)
			}
			found = []*big.Int{ev.Quantity, ev.CollateralAdded, ev.DebtAdded, ev.QuoteIn, ev.Fee}
		} else {
			ev, err := lt.UnpackRedeemedEvent(l)
			if err != nil {
				t.Fatal(err)
			}
			found = []*big.Int{ev.Quantity, ev.CollateralRemoved, ev.DebtRepaid, ev.QuoteOut, ev.Fee}
		}
	}
	if found == nil {
		t.Fatalf("no %s event from %s", name, from)
	}
	return found
}

// mustCall is an eth_call that must succeed.
func mustCall(t *testing.T, b *base, to common.Address, data []byte) []byte {
	t.Helper()
	out, err := b.call(owner, to, data)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// ethAddress is the placeholder Index Coop's DEXAdapter uses for ether.
var ethAddress = common.HexToAddress("0xEeeeeEeeeEeEeeEeEeEeeEEEeeeeEeeeeeeeEEeE")

// sendValue sends a transaction carrying ether and requires it to succeed.
func (b *base) sendValue(t *testing.T, from int, to common.Address, data []byte, value *big.Int) *types.Receipt {
	t.Helper()
	ctx := context.Background()
	c := b.c
	nonce, err := c.Client.PendingNonceAt(ctx, c.Addrs[from])
	if err != nil {
		t.Fatal(err)
	}
	tx, err := types.SignNewTx(c.Keys[from], types.LatestSignerForChainID(c.ChainID), &types.DynamicFeeTx{
		ChainID: c.ChainID, Nonce: nonce, GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(50 * params.GWei),
		Gas: 3_000_000, To: &to, Data: data, Value: value,
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Client.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	c.ResetNonces()
	r := b.mined(t, tx)
	if r.Status != types.ReceiptStatusSuccessful {
		_, cerr := c.Client.CallContract(ctx, ethereum.CallMsg{From: c.Addrs[from], To: &to, Data: data, Value: value}, nil)
		t.Fatalf("tx to %s reverted: %v", to, cerr)
	}
	return r
}

// gasCost is what a transaction's gas cost its sender, in wei.
func gasCost(r *types.Receipt) *big.Int {
	return new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
}

// ethBalance is an account's ether balance on the latest block.
func (b *base) ethBalance(t *testing.T, who common.Address) *big.Int {
	t.Helper()
	bal, err := b.c.Sim.Client().BalanceAt(context.Background(), who, nil)
	if err != nil {
		t.Fatal(err)
	}
	return bal
}

// waitChain moves the simulated chain's clock forward by d and mines a
// block. The clock only moves on an empty pending block, so transactions a
// loaded machine left pending are mined first.
func waitChain(t *testing.T, b *base, d time.Duration) {
	t.Helper()
	for i := 0; ; i++ {
		err := b.c.Sim.AdjustTime(d)
		if err == nil {
			break
		}
		if i == 20 {
			t.Fatalf("adjust time: %v", err)
		}
		b.c.Sim.Commit()
	}
	b.c.Sim.Commit()
}
