// Package executor is the Go side of navarb's on-chain loop: it builds the
// calldata of the NavArbExecutor contract (venues/evm/contracts:
// mintAndSell and buyAndRedeem against a Uniswap V2 pair, mintAndSellV3 and
// buyAndRedeemV3 against a V3 pool with a sqrt price limit, sweep,
// setIssuer), reads the state of the
// reference issuer NavLeveragedToken (NAV, leverage, fees, bands), previews
// mint and redeem on any issuer the executor calls (NavLeveragedToken or an
// adapter: IndexCoopExecIssuer, TorosExecIssuer; see venues/evm/issuer),
// sizes a loop (for V2 the trade that brings the pool's marginal price to
// the issuer's mint cost or redemption proceeds; for V3 the price limit
// where that happens), and
// decodes the contracts' custom-error reverts (ProfitBelowMinimum, NotOwner,
// ...).
//
// Amounts are raw token units (*big.Int). Sizing uses float64 (the result
// is a trade size whose relative error is ~1e-15; the contract enforces the
// minimum profit exactly).
package executor
