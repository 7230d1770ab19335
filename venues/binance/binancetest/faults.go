package binancetest

import (
	"net/http"
	"time"

	"github.com/shopspring/decimal"
)

// faults are the armed fault injections. Guarded by x.mu.
type faults struct {
	failNext   map[string]Failure
	rejectNext *apiError
	stallUntil time.Time
}

// SendUserEvent publishes v, marshalled as JSON, on every spot (or
// futures) user data stream as it is: a malformed or unexpected event, to
// test how a client copes.
func (x *Exchange) SendUserEvent(futures bool, v any) {
	x.mu.Lock()
	defer x.mu.Unlock()
	x.publishUser(futures, v)
}

// DropConnections closes every WebSocket connection now, without a close
// frame, as a network failure would.
func (x *Exchange) DropConnections() {
	x.mu.Lock()
	conns := make([]*wsConn, 0, len(x.conns))
	for c := range x.conns {
		conns = append(conns, c)
	}
	x.mu.Unlock()
	for _, c := range conns {
		c.close()
	}
}

// Connections is how many WebSocket connections are open.
func (x *Exchange) Connections() int {
	x.mu.Lock()
	defer x.mu.Unlock()
	return len(x.conns)
}

// UserStreams is how many open WebSocket connections listen on a current
// listen key (a test waits for one before expiring keys, so the expiry
// event has someone to reach).
func (x *Exchange) UserStreams() int {
	x.mu.Lock()
	defer x.mu.Unlock()
	n := 0
	for c := range x.conns {
		for s := range c.streams {
			if _, ok := x.keys[s]; ok {
				n++
				break
			}
		}
	}
	return n
}

// InjectGap makes the next diff event of symbol (spot and futures) skip
// update ids: the pending batch is sent now, then a few ids are consumed
// by an event nobody receives, so the next event has U > previous u + 1
// (and, on futures, pu != previous u).
func (x *Exchange) InjectGap(symbol string) {
	x.mu.Lock()
	defer x.mu.Unlock()
	for _, futures := range []bool{false, true} {
		if m, ok := x.market(futures, symbol); ok {
			x.flush(m)
			m.skipIDs()
		}
	}
}

// DropNextDiff makes the next non-empty diff batch of symbol (spot and
// futures) vanish: its changes are applied to the book but never sent.
func (x *Exchange) DropNextDiff(symbol string) {
	x.mu.Lock()
	defer x.mu.Unlock()
	for _, futures := range []bool{false, true} {
		if m, ok := x.market(futures, symbol); ok {
			m.dropNext = true
		}
	}
}

// Stall makes every WebSocket stream send nothing, not even pings, for d
// (wall-clock time). Messages queue and are delivered afterwards.
func (x *Exchange) Stall(d time.Duration) {
	x.mu.Lock()
	defer x.mu.Unlock()
	x.faults.stallUntil = time.Now().Add(d)
}

// FailNext makes the next request to path (e.g. "/api/v3/order") fail with
// f, before any other processing: FailNext("/api/v3/order",
// Failure{Status: 429, Code: -1003, RetryAfter: time.Second}), a 418 ban,
// or Failure{Status: 400, Code: -1021} for a timestamp rejection.
func (x *Exchange) FailNext(path string, f Failure) {
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.faults.failNext == nil {
		x.faults.failNext = map[string]Failure{}
	}
	if f.Status == 0 {
		f.Status = http.StatusBadRequest
	}
	x.faults.failNext[path] = f
}

// RejectNextOrder makes the next new order (spot or futures) fail with HTTP
// 400 and Binance's code and msg, e.g. -2010 "Account has insufficient
// balance for requested action.".
func (x *Exchange) RejectNextOrder(code int, msg string) {
	x.mu.Lock()
	defer x.mu.Unlock()
	x.faults.rejectNext = badRequest(code, msg)
}

// PartialFills caps every match on every book at max base quantity (zero
// removes the cap), so orders fill in several trades, each with its own
// executionReport.
func (x *Exchange) PartialFills(max decimal.Decimal) {
	x.mu.Lock()
	defer x.mu.Unlock()
	for _, ms := range []map[string]*market{x.spot, x.fut} {
		for _, m := range ms {
			m.eng.SetMaxTradeQty(max)
		}
	}
}

// ExpireListenKeys ends every listen key now: their streams get
// listenKeyExpired and keepalives fail with -1125.
func (x *Exchange) ExpireListenKeys() {
	x.mu.Lock()
	defer x.mu.Unlock()
	x.expireKeys(true)
}

// Requests is how many requests hit path (any method, failed or not).
func (x *Exchange) Requests(path string) int {
	x.mu.Lock()
	defer x.mu.Unlock()
	return x.requests[path]
}
