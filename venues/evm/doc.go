// Package evm is navarb's connection to EVM chains, on go-ethereum.
//
//   - Client: JSON-RPC over several endpoints per chain (HTTP for calls, WS for
//     new-head subscriptions), request timeouts, a chain id check at Connect,
//     health probes (head lag between endpoints, head age) and failover with a
//     log line naming the endpoints (URLs are redacted: they may carry API keys).
//     With every endpoint down, calls fail with errors wrapping venues.ErrStale
//     and Run reports a *venues.VenueStatus{Stale: true} until one recovers.
//   - Watcher: follows new heads (subscription, polling as a fallback), hands
//     each LogConsumer every canonical block with its logs, detects reorgs by
//     parent hash, reverts consumers to the common ancestor and re-applies the
//     new branch.
//   - Sender: one account's transactions: local nonces (seeded from the pending
//     count, resynced on "nonce too low"), EIP-1559 fees from eth_feeHistory
//     within the risk module's caps, simulation at the pending block before
//     every send, replacement and cancellation with both fee fields raised by
//     at least 10%, receipts on every new head with the gas cost in wei
//     including the L1 data fee of OP-stack chains, and optional private
//     submission (a protect RPC, or eth_sendBundle with X-Flashbots-Signature).
//
// Wiring: NewClient, Connect, go Run; NewWatcher with the pools as consumers,
// go Run; NewSender, go Run; Send / Replace / Cancel / Wait.
//
// The seam with the pool packages (uniswapv2, uniswapv3) is consumer.go:
// BlockRef, LogConsumer and Caller.
package evm
