package binance

import (
	"context"
	"sync"

	"github.com/navarb/navarb/venues"
)

// mailbox coalesces book and status events per key (latest wins) and
// forwards them to the output channel from one goroutine. An unsent
// BookUpdate is refilled in place; once sent it belongs to the consumer and
// the next one is freshly allocated, so a consumer may keep what it gets.
type mailbox struct {
	mu      sync.Mutex
	books   map[string]*venues.BookUpdate
	status  map[string]*venues.VenueStatus
	pending []string // keys with something unsent, in arrival order
	queued  map[string]bool
	notify  chan struct{}
}

func newMailbox() *mailbox {
	return &mailbox{
		books:  make(map[string]*venues.BookUpdate),
		status: make(map[string]*venues.VenueStatus),
		queued: make(map[string]bool),
		notify: make(chan struct{}, 1),
	}
}

func (m *mailbox) mark(key string) {
	if !m.queued[key] {
		m.queued[key] = true
		m.pending = append(m.pending, key)
	}
	select {
	case m.notify <- struct{}{}:
	default:
	}
}

// putBook replaces key's unsent book update with what fill writes into u
// (u's slices may be reused: fill must reset their lengths).
func (m *mailbox) putBook(key string, fill func(u *venues.BookUpdate)) {
	m.mu.Lock()
	defer m.mu.Unlock()
	u := m.books[key]
	if u == nil {
		u = new(venues.BookUpdate)
		m.books[key] = u
	}
	fill(u)
	m.mark(key)
}

// putStatus replaces key's unsent status.
func (m *mailbox) putStatus(key string, s venues.VenueStatus) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.status[key] = &s
	m.mark(key)
}

// take removes and returns the oldest key's unsent events.
func (m *mailbox) take() (*venues.VenueStatus, *venues.BookUpdate, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if len(m.pending) == 0 {
		return nil, nil, false
	}
	key := m.pending[0]
	m.pending = m.pending[1:]
	delete(m.queued, key)
	s, b := m.status[key], m.books[key]
	delete(m.status, key)
	delete(m.books, key)
	return s, b, true
}

// forward sends coalesced events to out until ctx ends. A key's status goes
// before its book.
func (m *mailbox) forward(ctx context.Context, out chan<- venues.Event) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-m.notify:
		}
		for {
			s, b, ok := m.take()
			if !ok {
				break
			}
			if s != nil && !send(ctx, out, s) {
				return
			}
			if b != nil && !send(ctx, out, b) {
				return
			}
		}
	}
}

// send delivers one event unless ctx ends first.
func send(ctx context.Context, out chan<- venues.Event, e venues.Event) bool {
	select {
	case out <- e:
		return true
	case <-ctx.Done():
		return false
	}
}
