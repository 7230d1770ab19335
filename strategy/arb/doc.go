// Package arb finds premium/discount arbitrage on tokens created and destroyed
// at NAV (leveraged tokens) and turns it into loop plans:
//
//   - MintSell, when the token trades above its issuer NAV: mint at NAV paying
//     the mint fee, sell the tokens on the market.
//   - BuyRedeem, when it trades below: buy the tokens on the market, redeem
//     them at NAV paying the redeem fee.
//
// The market is either a constant-product pool (Uniswap V2 style, base = the
// token, quote = a USD stablecoin) or an order book. Every profit figure is net
// of the issuer fee, the AMM or taker fee and price impact, gas and the cost of
// hedging a non-atomic loop; Evaluate gives the breakdown as venues.Costs.
//
// Sizing maximises expected net profit: in closed form on a pool (see size.go
// for the derivation) and by walking the book level by level. Gas is a fixed
// cost per loop, so it decides whether a loop runs but not its size.
//
// Everything here is pure: Decide, Resize and Evaluate read a Market snapshot
// and Params and return values. They do no I/O, start no goroutines and do not
// allocate, so the engine may call them on every event. Invalid input (NaN or
// infinite numbers, NAV <= 0, empty reserves or books, fees outside [0, 100%))
// never yields a plan.
package arb
