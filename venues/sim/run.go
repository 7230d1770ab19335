package sim

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/navarb/navarb/venues"
)

// Run drives the simulation in simulated time from Start to Start+Duration
// (inclusive), calling h for every event in time order: *venues.BookUpdate
// every Step; every block, the receipts of our transactions mined in it
// (*venues.TxReceipt), then *venues.NAVUpdate, *venues.GasUpdate,
// *venues.IssuerUpdate and last *venues.PoolUpdate: a consumer that decides
// on pool updates then sees the block's NAV, gas and issuer state with it.
// When a step and a block fall at the same time the book comes first. In
// Instant mode a receipt is delivered right after the handler call that
// submitted it returns, followed by a PoolUpdate if the loop traded.
//
// h must not retain an event pointer (or a book's level slices) after it
// returns: Run reuses them. Receipts are fresh and may be kept. h may call
// Submit. Run is single-threaded and deterministic; it returns ctx.Err() if
// ctx is cancelled, and may be called once.
func (m *Market) Run(ctx context.Context, h func(venues.Event)) error {
	if h == nil {
		h = func(venues.Event) {}
	}
	m.mu.Lock()
	if m.state != stateIdle {
		m.mu.Unlock()
		return fmt.Errorf("sim: run: %w", ErrAlreadyRun)
	}
	m.state = stateRunning
	m.mu.Unlock()
	defer func() {
		m.mu.Lock()
		m.state = stateDone
		m.mu.Unlock()
	}()

	var step, blk, tick int64
	for {
		ts := m.o.Start.Add(time.Duration(step) * m.o.Step)
		tb := m.o.Start.Add(time.Duration(blk) * m.o.BlockTime)
		t := ts
		if tb.Before(t) {
			t = tb
		}
		tk := m.end.Add(time.Hour) // no token book: never
		if m.tb != nil {
			tk = m.o.Start.Add(time.Duration(tick) * m.o.TokenBook.Interval)
			if tk.Before(t) {
				t = tk
			}
		}
		if t.After(m.end) {
			return nil
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if ts.Equal(t) {
			m.mu.Lock()
			m.now = t
			if step > 0 {
				m.und.step(t.Sub(m.o.Start))
			}
			m.stats.Steps++
			m.mu.Unlock()
			m.deliver(h, &m.evBook)
			if m.hedge != nil {
				m.mu.Lock()
				evs := m.execHedges(t)
				m.mu.Unlock()
				for _, ev := range evs {
					h(ev)
					m.flushInstant(h)
				}
			}
			step++
		}
		if tb.Equal(t) {
			m.mu.Lock()
			m.now = t
			m.mineBlock(blk == 0)
			mined := m.mined
			m.mined = nil
			swaps := m.swaps
			m.mu.Unlock()
			for _, r := range mined {
				m.deliverReceipt(h, r)
			}
			for i := range swaps {
				m.deliver(h, &swaps[i])
			}
			m.deliver(h, &m.evNAV)
			m.deliver(h, &m.evGas)
			m.deliver(h, &m.evIssuer)
			m.deliver(h, &m.evPool)
			blk++
		}
		if tk.Equal(t) {
			m.stepTokenBook(h, t)
			tick++
		}
	}
}

// stepTokenBook moves the token book to t around the fair value (the
// component NAV at the underlying's price) and delivers our fills and order
// updates, then the book.
func (m *Market) stepTokenBook(h func(venues.Event), t time.Time) {
	m.mu.Lock()
	m.now = t
	evs := m.tb.step(t, m.iss.equity(m.und.price))
	m.stats.Events.TokenBook += uint64(len(evs))
	m.mu.Unlock()
	for _, ev := range evs {
		h(ev)
		m.flushInstant(h)
	}
}

// mineBlock advances the chain by one block: gas and the streaming fee, our
// due transactions at the top, noise trades, the oracle and the keeper.
func (m *Market) mineBlock(initial bool) {
	m.block++
	m.stats.Blocks++
	if !initial {
		m.gas.step()
		m.iss.accrue(m.now)
	}
	clear(m.swaps)
	m.swaps = m.swaps[:0]
	kept := m.pending[:0]
	for _, tx := range m.pending {
		if tx.due.After(m.now) {
			kept = append(kept, tx)
			continue
		}
		r, keep := m.execute(tx, false)
		if keep {
			kept = append(kept, tx)
			continue
		}
		m.mined = append(m.mined, r)
	}
	clear(m.pending[len(kept):])
	m.pending = kept
	if !initial {
		m.noise.block(m.pool)
	}
	price := m.und.price
	m.iss.updateOracle(m.now, price)
	m.iss.keeper(m.now, price, m.o.BlockTime)
}

// deliver fills ev from the current state, hands it to h, then delivers any
// instant receipts h caused.
func (m *Market) deliver(h func(venues.Event), ev venues.Event) {
	m.emit(h, ev)
	m.flushInstant(h)
}

func (m *Market) deliverReceipt(h func(venues.Event), r *venues.TxReceipt) {
	m.mu.Lock()
	m.stats.Events.Receipt++
	m.mu.Unlock()
	h(r)
	m.flushInstant(h)
}

// flushInstant delivers instant receipts in submission order, each followed
// by the pool's new state if it traded.
func (m *Market) flushInstant(h func(venues.Event)) {
	for {
		m.mu.Lock()
		if len(m.instant) == 0 {
			m.instant = m.instant[:0]
			m.mu.Unlock()
			return
		}
		r := m.instant[0]
		m.instant[0] = nil
		m.instant = m.instant[1:]
		m.stats.Events.Receipt++
		m.mu.Unlock()
		h(r)
		if r.Status == venues.TxSuccess {
			m.emit(h, &m.evPool)
		}
	}
}

// emit fills one of the reused events from the current state and calls h.
func (m *Market) emit(h func(venues.Event), ev venues.Event) {
	m.mu.Lock()
	switch e := ev.(type) {
	case *venues.Swap:
		m.stats.Events.Swap++
	case *venues.BookUpdate:
		e.Time = m.now
		m.book.fill(e, m.und.price)
		m.stats.Events.Book++
	case *venues.PoolUpdate:
		e.Time = m.now
		e.ReserveBase, e.ReserveQuote = m.pool.baseF, m.pool.quoteF
		e.Block = m.block
		m.stats.Events.Pool++
	case *venues.NAVUpdate:
		e.Time = m.now
		e.NAV = float64(m.iss.navE8) / 1e8
		m.stats.Events.NAV++
	case *venues.GasUpdate:
		e.Time = m.now
		e.BaseFeeGwei = float64(m.gas.baseWei) / 1e9
		e.TipGwei = float64(m.gas.tipWei) / 1e9
		e.NativeUSD = m.und.price
		m.stats.Events.Gas++
	case *venues.IssuerUpdate:
		e.Time = m.now
		e.Rebalancing = m.iss.rebalancing
		e.Leverage = m.iss.leverage(m.und.price)
		e.CollateralPerToken, e.DebtPerToken = m.iss.c, m.iss.d
		e.FeeAccruedAt = m.iss.feeAccruedAt
		m.stats.Events.Issuer++
	}
	m.mu.Unlock()
	h(ev)
}

// recordSwap keeps one noise trade for delivery as a *venues.Swap.
func (m *Market) recordSwap(baseDelta, quoteDelta *big.Int) {
	m.swaps = append(m.swaps, venues.Swap{
		Time:       m.now,
		Venue:      m.o.Pool.Venue,
		Pool:       m.o.Pool.Name,
		BaseDelta:  fromUnits(baseDelta, tokenDecimals),
		QuoteDelta: fromUnits(quoteDelta, quoteDecimals),
		Block:      m.block,
	})
}
