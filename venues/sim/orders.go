package sim

import (
	"fmt"

	"github.com/navarb/navarb/venues"
)

// SubmitOrder sends one of our orders to the token book, or, with
// Options.Hedge, a market order to the underlying's book (BookSymbol). It does not
// block: the order reaches the book TokenBook.Latency later (at the first
// book tick at or after), and what happens to it comes back to Run's
// handler as events: *venues.OrderUpdate (NEW, fills, CANCELED, or
// REJECTED for a post-only order that would take or one the book's filters
// refuse), *venues.Fill and *venues.BalanceUpdate. An error means the
// action was not sent (no token book, the run is over).
func (m *Market) SubmitOrder(req venues.OrderRequest) error {
	return m.queueAction(orderAction{kind: actPlace, req: req, symbol: req.Symbol, clientID: req.ClientID})
}

// SubmitCancel sends a cancel for one of our orders by client id; like
// SubmitOrder, it takes effect after the latency and reports by events (an
// order already gone is not reported again).
func (m *Market) SubmitCancel(symbol, clientID string) error {
	return m.queueAction(orderAction{kind: actCancel, symbol: symbol, clientID: clientID})
}

// SubmitCancelAll sends a cancel of all our open orders on symbol; it
// takes effect after the latency.
func (m *Market) SubmitCancelAll(symbol string) error {
	return m.queueAction(orderAction{kind: actCancelAll, symbol: symbol})
}

func (m *Market) queueAction(a orderAction) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.hedge != nil && a.symbol == m.o.BookSymbol {
		// The underlying's book takes market orders only: they fill or
		// expire at once, so there is nothing to cancel.
		if a.kind == actPlace && m.state != stateDone {
			m.hedge.queue = append(m.hedge.queue, hedgeOrder{due: m.now.Add(m.o.Hedge.Latency), req: a.req})
		}
		return nil
	}
	if m.tb == nil {
		return fmt.Errorf("sim: order %s: no token book: %w", a.symbol, venues.ErrRejected)
	}
	if m.state == stateDone {
		return fmt.Errorf("sim: order %s: %w", a.symbol, ErrClosed)
	}
	a.due = m.now.Add(m.o.TokenBook.Latency)
	m.tb.actions = append(m.tb.actions, a)
	return nil
}

// OpenOrders are our open orders on the token book, as the exchange holds
// them (nil without a token book).
func (m *Market) OpenOrders() []venues.Order {
	if m.tb == nil {
		return nil
	}
	return m.tb.cex.OpenOrders(m.o.TokenBook.Symbol)
}

// TokenBookStats returns the token book's flow counters (zero without one).
func (m *Market) TokenBookStats() TokenBookStats {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.tb == nil {
		return TokenBookStats{}
	}
	return m.tb.stats
}
