// Package sim is navarb's simulated market: a pure-Go, seeded, deterministic
// world that emits the same venues events a live deployment would and executes
// our loop plans with the fee and gas rules live venues charge.
//
// The world holds one chain with:
//
//   - an underlying (ETH) following geometric Brownian motion with Merton jumps,
//     quoted as an order book around the price every Step;
//   - a leveraged token with an issuer that mints and redeems at an oracle-priced
//     NAV, accrues a streaming fee every block and has a keeper that rebalances
//     leverage back to target when it leaves its band;
//   - a constant-product pool of the token against USDC in exact Uniswap V2
//     integer math, pushed around by noise traders and arbitraged by nobody but
//     us, so it drifts from NAV;
//   - a gas market (mean-reverting base fee with spikes, a tip, an L1 data fee);
//   - optionally (Options.TokenBook) the token's own order book on the
//     price-time matching engine (simcex), with liquidity providers quoting
//     around the fair value, market orders walking the book and an
//     arbitrageur trading through stale quotes. Our orders (SubmitOrder,
//     SubmitCancel, SubmitCancelAll) reach it after a latency and fill only
//     by queue position or being traded through; plain mint and redeem
//     plans (venues.Mint, venues.Redeem) move tokens between the issuer and
//     that account;
//   - optionally (Options.Hedge) our market orders on the underlying's book,
//     filled against the levels it shows, for hedges.
//
// Market.Run drives simulated time and hands every event to a handler; the
// handler may call Market.Submit to send a plan, which the simulated atomic
// executor mines at the top of a later block (or at once in Instant mode).
// Balances are kept in integer base units; fills and receipts carry exact
// decimals, so summing a receipt's fills and gas reproduces the balance change.
package sim
