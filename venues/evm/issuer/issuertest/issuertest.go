// Package issuertest deploys look-alikes of the issuers venues/evm/issuer
// reads onto a simulated chain, for tests in any package: an Index Coop
// ETH2X-style leverage token (SetToken, DebtIssuanceModule, leverage
// extension, streaming fee module, FlashMint behind an
// IndexCoopExecIssuer) and a Toros pool token (PoolFactory, PoolLogic,
// PoolManagerLogic behind a TorosExecIssuer), each with a Uniswap V2 pair
// trading it against USDC at NAV and allowed on the executor.
//
// The figures are documented on DeployIndexCoop and DeployToros; both
// take an Env naming the chain's existing USDC, price feed (a NavPriceFeed
// at 2000 USDC per WETH, 1e18-scaled), V2 factory and executor.
package issuertest

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/navarb/navarb/venues/evm/contracts"
	"github.com/navarb/navarb/venues/evm/evmtest"
	"github.com/navarb/navarb/venues/evm/executor"
)

// Env is what a look-alike is deployed into.
type Env struct {
	C  *evmtest.Chain
	V2 *evmtest.V2
	// USDC is a 6-decimal test token; WETH an 18-decimal one (Toros's
	// collateral); Feed a NavPriceFeed of WETH in USDC owned by Owner.
	USDC, WETH, Feed common.Address
	// Executor is a NavArbExecutor owned by account ExecutorOwner; Owner
	// deploys, mints and manages everything else.
	Executor             common.Address
	Owner, ExecutorOwner int
}

// E18 and E6 scale whole units to 18 and 6 decimals.
func E18(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// E6 scales whole USDC to raw units.
func E6(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e6)) }

// Frac is n/d * 1e18 (a precise-unit fraction).
func Frac(n, d int64) *big.Int {
	return new(big.Int).Div(new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)), big.NewInt(d))
}

func (e Env) send(tb testing.TB, from int, to common.Address, data []byte) {
	tb.Helper()
	e.C.Send(tb, from, &to, data, evmtest.TxGas)
}

// PairWith creates the V2 pair of token and USDC holding tokenAmount and
// usdcAmount (the token minted to the pair when mintToken, else sent by
// Owner; LP tokens to Owner).
func (e Env) PairWith(tb testing.TB, token common.Address, tokenAmount, usdcAmount *big.Int, mintToken bool) common.Address {
	tb.Helper()
	c := e.C
	pair := e.V2.CreatePair(tb, token, e.USDC)
	if mintToken {
		c.Mint(tb, token, pair, tokenAmount)
	} else {
		c.Transfer(tb, e.Owner, token, pair, tokenAmount)
	}
	c.Mint(tb, e.USDC, pair, usdcAmount)
	data, err := e.V2.PairABI.Pack("mint", c.Addrs[e.Owner])
	if err != nil {
		tb.Fatal(err)
	}
	e.send(tb, e.Owner, pair, data)
	return pair
}

// Wait moves the chain's clock forward by d and mines a block. The clock
// only moves on an empty pending block, so transactions a loaded machine
// left pending are mined first.
func (e Env) Wait(tb testing.TB, d time.Duration) {
	tb.Helper()
	for i := 0; ; i++ {
		err := e.C.Sim.AdjustTime(d)
		if err == nil {
			break
		}
		if i == 20 {
			tb.Fatalf("adjust time: %v", err)
		}
		e.C.Sim.Commit()
	}
	e.C.Sim.Commit()
}

// IndexCoop is a deployed Index Coop look-alike.
type IndexCoop struct {
	// AToken is the collateral (a WETH9-style aWETH), DebtToken the USDC
	// variable debt token, Module the DebtIssuanceModule, Set the leverage
	// token, Extension its leverage strategy, FlashMint and Adapter (the
	// IndexCoopExecIssuer) the executor's route, FeeModule the streaming
	// fee module.
	AToken, DebtToken, Module, Set, Extension, FlashMint, Adapter, FeeModule common.Address
	// CollPair is the aWETH/USDC pair FlashMint trades; Pair the set/USDC pair.
	CollPair, Pair common.Address
}

// Index Coop figures: issue and redeem fees 0.1%, streaming fee 3.65% a year.
var (
	IndexIssueFee     = Frac(1, 1000)
	IndexRedeemFee    = Frac(1, 1000)
	IndexStreamingFee = Frac(365, 10_000)
)

// DeployIndexCoop deploys an ETH2X look-alike: 1001 tokens backed by 100.1
// aWETH and 100,100 USDC of debt (NAV 100 USDC, leverage 2 at 2000 USDC),
// max leverage 2.3 and ripcord 2.5; an aWETH/USDC pair of 1000 aWETH and
// 2,000,000 USDC for FlashMint; a set/USDC pair of 500 tokens and 50,000
// USDC; the executor allows the adapter.
func DeployIndexCoop(tb testing.TB, e Env) IndexCoop {
	tb.Helper()
	c, owner := e.C, e.Owner
	var w IndexCoop
	// aWETH is modelled as a WETH9-style token, so FlashMint's ETH variants can wrap it.
	w.AToken = c.Deploy(tb, owner, append(common.FromHex(contracts.TestWETHMetaData.Bin),
		contracts.NewTestWETH().PackConstructor("Aave WETH", "aWETH")...))
	w.Module = c.Deploy(tb, owner, common.FromHex(contracts.IndexDebtIssuanceModuleMetaData.Bin))
	w.DebtToken = c.Deploy(tb, owner, append(common.FromHex(contracts.IndexDebtTokenMetaData.Bin),
		contracts.NewIndexDebtToken().PackConstructor("Variable Debt USDC", "variableDebtUSDC", 6, e.USDC, w.Module)...))
	units := [2]*big.Int{Frac(1, 10), E6(100)}
	w.Set = c.Deploy(tb, owner, append(common.FromHex(contracts.IndexSetTokenMetaData.Bin),
		contracts.NewIndexSetToken().PackConstructor("ETH 2x", "ETH2X", w.AToken, e.USDC, w.DebtToken, w.Module, units)...))
	set := contracts.NewIndexSetToken()
	dim := contracts.NewIndexDebtIssuanceModule()
	e.send(tb, owner, w.Set, set.PackAddModule(w.Module))
	e.send(tb, owner, w.Module, dim.PackInitialize(w.Set, Frac(5, 100), IndexIssueFee, IndexRedeemFee, c.Addrs[owner], common.Address{}))
	c.Mint(tb, e.USDC, w.Module, E6(1_000_000)) // the lender's reserve

	// Bootstrap: the owner issues 1000 tokens (1001 with the fee).
	c.Mint(tb, w.AToken, c.Addrs[owner], E18(200))
	c.Approve(tb, owner, w.AToken, w.Module)
	e.send(tb, owner, w.Module, dim.PackIssue(w.Set, E18(1000), c.Addrs[owner]))

	w.FeeModule = c.Deploy(tb, owner, common.FromHex(contracts.IndexStreamingFeeModuleMetaData.Bin))
	e.send(tb, owner, w.Set, set.PackAddModule(w.FeeModule))
	e.send(tb, owner, w.FeeModule, contracts.NewIndexStreamingFeeModule().PackInitialize(w.Set, contracts.IndexStreamingFeeModuleFeeState{
		FeeRecipient: c.Addrs[owner], MaxStreamingFeePercentage: Frac(1, 10), StreamingFeePercentage: IndexStreamingFee, LastStreamingFeeTimestamp: new(big.Int),
	}))

	ext := contracts.NewIndexLeverageExtension()
	w.Extension = c.Deploy(tb, owner, append(common.FromHex(contracts.IndexLeverageExtensionMetaData.Bin), ext.PackConstructor(
		w.Set, w.AToken, w.DebtToken, e.Feed,
		contracts.IndexLeverageExtensionMethodologySettings{
			TargetLeverageRatio: E18(2), MinLeverageRatio: Frac(17, 10), MaxLeverageRatio: Frac(23, 10),
			RecenteringSpeed: Frac(5, 100), RebalanceInterval: big.NewInt(86400),
		},
		contracts.IndexLeverageExtensionIncentiveSettings{
			EtherReward: E18(1), IncentivizedLeverageRatio: Frac(25, 10),
			IncentivizedSlippageTolerance: Frac(5, 100), IncentivizedTwapCooldownPeriod: big.NewInt(1),
		}, "UniswapV3")...))

	w.CollPair = e.PairWith(tb, w.AToken, E18(1000), E6(2_000_000), true)
	w.FlashMint = c.Deploy(tb, owner, append(common.FromHex(contracts.IndexFlashMintMetaData.Bin),
		contracts.NewIndexFlashMint().PackConstructor(w.Module, w.CollPair, w.AToken)...))
	c.Mint(tb, w.AToken, w.FlashMint, E18(50))
	c.Mint(tb, e.USDC, w.FlashMint, E6(100_000))
	w.Adapter = c.Deploy(tb, owner, append(common.FromHex(contracts.IndexCoopExecIssuerMetaData.Bin),
		contracts.NewIndexCoopExecIssuer().PackConstructor(w.FlashMint, w.Set, e.USDC, w.AToken)...))

	w.Pair = e.PairWith(tb, w.Set, E18(500), E6(50_000), false)
	e.send(tb, e.ExecutorOwner, e.Executor, executor.SetIssuerCall(w.Adapter, true))
	return w
}

// Toros is a deployed Toros look-alike.
type Toros struct {
	// Pool is the dHEDGE PoolLogic and the token; ManagerLogic its
	// PoolManagerLogic; Adapter the TorosExecIssuer.
	Factory, Pool, ManagerLogic, Adapter common.Address
	// WETHPair is the WETH/USDC pair the adapter sells collateral into;
	// Pair the pool token/USDC pair.
	WETHPair, Pair common.Address
}

// TorosExitCooldown is the factory's exit cooldown (seconds).
const TorosExitCooldown = 86400

// DeployToros deploys an ETHBULL3X look-alike: the owner (also the
// manager) deposited 100,000 USDC for 100,000 tokens, then the pool gained
// 150 WETH against 200,000 USDC of debt (value 200,000 USD: token price 2
// USD, leverage 2); an annual management fee of managementBps, entry and
// exit fees 0.1%; a WETH/USDC pair of 1000 WETH and 2,000,000 USDC; a
// pool token/USDC pair of 50,000 tokens and 100,000 USDC (made once the
// owner's exit cooldown is over, so the chain's clock moves a day); the
// executor allows the adapter.
func DeployToros(tb testing.TB, e Env, managementBps int64) Toros {
	tb.Helper()
	c, owner := e.C, e.Owner
	var w Toros
	w.Factory = c.Deploy(tb, owner, append(common.FromHex(contracts.TorosPoolFactoryMetaData.Bin),
		contracts.NewTorosPoolFactory().PackConstructor(big.NewInt(TorosExitCooldown))...))
	w.Pool = c.Deploy(tb, owner, append(common.FromHex(contracts.TorosPoolLogicMetaData.Bin),
		contracts.NewTorosPoolLogic().PackConstructor(w.Factory, "Ethereum Bull 3X", "ETHBULL3X")...))
	fees := [3]*big.Int{big.NewInt(managementBps), big.NewInt(10), big.NewInt(10)}
	w.ManagerLogic = c.Deploy(tb, owner, append(common.FromHex(contracts.TorosPoolManagerLogicMetaData.Bin),
		contracts.NewTorosPoolManagerLogic().PackConstructor(w.Pool, e.WETH, e.USDC, e.Feed, 6, fees)...))
	pool := contracts.NewTorosPoolLogic()
	e.send(tb, owner, w.Pool, pool.PackSetPoolManagerLogic(w.ManagerLogic))
	e.send(tb, owner, w.Factory, contracts.NewTorosPoolFactory().PackAddPool(w.Pool))

	c.Mint(tb, e.USDC, c.Addrs[owner], E6(100_000))
	c.Approve(tb, owner, e.USDC, w.Pool)
	e.send(tb, owner, w.Pool, pool.PackDeposit(e.USDC, E6(100_000)))
	c.Mint(tb, e.WETH, w.Pool, E18(150))
	e.send(tb, owner, w.ManagerLogic, contracts.NewTorosPoolManagerLogic().PackSetDebt(E6(200_000)))

	w.WETHPair = e.PairWith(tb, e.WETH, E18(1000), E6(2_000_000), true)
	e.Wait(tb, (TorosExitCooldown+1)*time.Second)
	w.Pair = e.PairWith(tb, w.Pool, E18(50_000), E6(100_000), false)
	w.Adapter = c.Deploy(tb, owner, append(common.FromHex(contracts.TorosExecIssuerMetaData.Bin),
		contracts.NewTorosExecIssuer().PackConstructor(w.Pool, e.USDC, e.WETH, w.WETHPair, big.NewInt(100))...))
	e.send(tb, e.ExecutorOwner, e.Executor, executor.SetIssuerCall(w.Adapter, true))
	return w
}
