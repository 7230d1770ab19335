// Package binancetest is a local exchange that speaks the subset of
// Binance's spot and USD-M futures REST and WebSocket protocols that
// navarb's connector uses, built on the price-time priority matching engine
// in venues/sim/matching. The real go-binance client talks to it in tests
// and demos.
//
// REST (spot, under /api/v3): ping, time, exchangeInfo, depth, order
// (POST/GET/DELETE), openOrders (GET/DELETE), allOrders, account, myTrades,
// account/commission, userDataStream (POST/PUT/DELETE). Futures (under
// /fapi): v1 ping, time, exchangeInfo, depth, order, openOrders,
// allOpenOrders, userTrades, commissionRate, leverage, listenKey; v2 and v3
// positionRisk, v2 account. Signed endpoints check X-MBX-APIKEY, the
// HMAC-SHA256 signature of query string plus body, and timestamp against
// recvWindow. Responses carry X-MBX-USED-WEIGHT-1M (and order counts on
// orders); over the weight limit the exchange answers 429 with Retry-After,
// and bans with 418 a client that keeps going.
//
// WebSocket: raw streams at /ws/<stream> and combined streams at
// /stream?streams=a/b (futures: /fws and /fstream). Market streams are
// <symbol>@depth diffs (also @100ms/@250ms/@500ms/@1000ms, all served at
// Options.DepthInterval) whose U/u update ids are continuous (futures add
// pu), and <symbol>@trade. A listen key as stream name is the user data
// stream: executionReport, outboundAccountPosition, balanceUpdate and
// listenKeyExpired (spot), ORDER_TRADE_UPDATE and ACCOUNT_UPDATE (futures).
// The server pings every Options.PingInterval.
//
// Book update ids: every changed price level consumes one update id; a diff
// event carries the changes of one batch with U = first and u = last id;
// /depth returns lastUpdateId = the last id applied to the book it returns.
//
// Faults that tests inject (DropConnections, InjectGap, DropNextDiff,
// Stall, FailNext, RejectNextOrder, PartialFills, ExpireListenKeys) apply to
// the next occurrence unless stated.
//
// One account is the connector's (Options.APIKey); its balances, fees and
// positions are tracked exactly. Any other account name passed to Place
// is a market participant with unlimited funds.
package binancetest
