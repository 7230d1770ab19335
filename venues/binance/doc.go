// Package binance is navarb's order-book venue connector for Binance (spot and
// USD-M futures) and for any venue that speaks Binance's REST and WebSocket
// API, built on github.com/adshao/go-binance/v2.
//
// A Client keeps one local order book per configured symbol, synchronised by
// Binance's documented procedure (buffer diff events, fetch a REST snapshot,
// drop events already in it, then require contiguous update ids; any gap
// means resync). One goroutine owns each book and publishes coalesced
// *venues.BookUpdate events (latest wins) with Stale set whenever the book
// cannot be trusted; orders on a symbol whose book is stale are refused with
// venues.ErrStale.
//
// Orders go through REST with deterministic client order ids (ClientOrderID),
// so a retry never places twice: a retry after a timeout first queries the
// order, and a duplicate-order rejection is resolved by a query. Orders are
// rounded to the symbol's exchangeInfo filters and rejected before sending
// when they cannot satisfy them. Fills, order updates and balances come from
// the user data stream and are reconciled over REST after every (re)connect,
// de-duplicated by trade id. A rate limiter reads the X-MBX-USED-WEIGHT-1M
// and order-count headers, throttles before the limit, honours Retry-After
// on 429 and stops all requests for the ban time on 418.
//
// go-binance keeps its WebSocket base URLs in package variables; this package
// never sets them (cmd does, once; tests do, in TestMain). The same place
// calls InstallStreamTransport, which runs go-binance's streams on
// internal/wsserve's transport instead of its own (which has a data race on
// stop and a keepAlive goroutine that outlives the connection).
package binance
