// Package issuer reads leveraged-token issuers on chain and names the
// contract NavArbExecutor mints and redeems through, one type per kind:
//
//   - Reference: navarb's own NavLeveragedToken (its own issuer);
//   - IndexCoop: an Index Coop leverage token (SetToken, DebtIssuanceModuleV2/V3,
//     AaveLeverageStrategyExtension, FlashMintLeveraged behind an
//     IndexCoopExecIssuer adapter);
//   - Toros: a Toros (dHEDGE) pool token (PoolLogic, PoolManagerLogic,
//     PoolFactory; redeemed through a TorosExecIssuer adapter, never minted
//     for a loop because a deposit is locked for the exit cooldown).
//
// Each has the same method set: Read (NAV and issuer state at a block),
// ExecIssuer (the executor's `issuer` argument) and MintSellAllowed, plus
// Check, the start-up verification that every configured address has code
// and belongs to the token, with errors naming the config field
// (tokens.<TOKEN>.<field>). State returns the exact integer figures Read
// converts to floats.
//
// Config fields named by Check (under tokens.<TOKEN>.): issuer_address
// (NavLeveragedToken; DebtIssuanceModuleV2/V3; dHEDGE pool), token_address,
// exec_issuer_address (the adapter contract), and for Index Coop
// strategy_address, collateral_atoken_address, debt_token_address,
// price_feed_address, price_feed_kind ("navarb" or "chainlink") and
// streaming_fee_module_address (optional).
//
// Package issuertest deploys look-alikes of the Index Coop and Toros
// contracts onto a simulated chain for tests elsewhere (cmd/navarb's).
//
// Constructors take an options struct and do no I/O. Amounts are raw token
// units (*big.Int); the quote token is taken to be worth 1 USD.
package issuer
