// Package contracts holds navarb's own Solidity contracts: their sources
// (src/*.sol), the artifacts solc-js compiles from them (artifacts/*.json:
// abi and bytecode) and the Go bindings abigen generates from the artifacts
// (bindings.go). All three are committed; `node scripts/build-contracts`
// regenerates the artifacts and bindings (after `bash scripts/npm-install`),
// and this package's tests fail when either is out of date.
//
// Contracts: TestChainlinkFeed (a Chainlink AggregatorV3 look-alike),
// TestWETH (WETH9-style wrapped ether, test-mintable),
// UniswapV3PoolLens (reads a V3 pool's slot0 and initialized
// ticks in one eth_call of its creation code, without being deployed; used
// by venues/evm/uniswapv3), TestERC20 (a mintable ERC20 for tests and dev
// chains) and TestUniswapCaller (test-only: V2 swaps and swap probes, V3
// mint, burn and swap through their callbacks).
//
// The reference leveraged token and the loop (venues/evm/executor builds
// their calls): NavPriceFeed (a keeper-updated price with a heartbeat and
// deviation rule), NavLeveragedToken (an ERC20 that is its own issuer:
// collateral and debt accounting, NAV from the feed, mint and redeem in the
// quote token at NAV with fees, streaming fee, keeper rebalance inside
// leverage bands, ripcord, pause) and NavArbExecutor (owner-only
// mint-and-sell and buy-and-redeem against a Uniswap pool in one
// transaction, reverting below a minimum profit; sweep). The executor calls
// an issuer through IExecIssuer (token, quoteToken, previewMint, mint,
// redeem); the issuer is the token itself or an adapter in front of a real
// product.
//
// Real products, as look-alikes with exactly the real function signatures
// and events (published_test.go checks selectors, topics and output types
// against the published ABIs) and a documented simple economic model:
// Index Coop leverage tokens (IndexSetToken, IndexDebtToken,
// IndexDebtIssuanceModule = DebtIssuanceModuleV2, IndexStreamingFeeModule =
// StreamingFeeModule, IndexFlashMint =
// FlashMintLeveraged, IndexLeverageExtension = AaveLeverageStrategyExtension)
// and Toros/dHEDGE pools (TorosPoolFactory, TorosPoolManagerLogic,
// TorosPoolLogic). The executor's adapters for them: IndexCoopExecIssuer
// (mint and redeem through FlashMint) and TorosExecIssuer (redeem through
// withdrawSafe, the withdrawn collateral sold on a Uniswap V2 pair; mint
// refused: a deposit is locked for the exit cooldown). Each contract's
// header says what it simplifies.
package contracts
