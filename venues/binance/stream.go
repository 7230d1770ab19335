package binance

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"sync"
	"time"

	gobinance "github.com/adshao/go-binance/v2"
	"github.com/adshao/go-binance/v2/common"
	"github.com/adshao/go-binance/v2/futures"
	"github.com/rs/zerolog"

	"github.com/navarb/navarb/venues"
)

// bookRunner is the one goroutine that owns a symbol's book: it holds the
// diff stream, fetches snapshots, detects stalls and gaps, reconnects with
// backoff and publishes the top of the book.
type bookRunner struct {
	c       *Client
	futures bool
	symbol  string
	key     string
	venue   string
	st      *bookState
	lb      *LocalBook
	log     zerolog.Logger
	bo      backoff
}

func newBookRunner(c *Client, futures bool, symbol string) *bookRunner {
	k := bookKey(futures, symbol)
	return &bookRunner{
		c: c, futures: futures, symbol: symbol, key: k,
		venue: c.venue(futures),
		st:    c.books[k],
		lb:    NewLocalBook(futures, c.o.SnapshotDepth+64),
		log:   c.log.With().Str("symbol", symbol).Bool("futures", futures).Logger(),
		bo:    backoff{min: c.o.ReconnectMin, max: c.o.ReconnectMax},
	}
}

func (r *bookRunner) run(ctx context.Context) {
	r.setStale("connecting")
	for ctx.Err() == nil {
		synced, err := r.session(ctx)
		if ctx.Err() != nil {
			return
		}
		r.setStale(err.Error())
		if synced {
			r.bo.reset()
		}
		d := r.bo.next()
		r.log.Warn().Err(err).Dur("retry_in", d).Msg("book stream down")
		if !sleep(ctx, d) {
			return
		}
	}
}

type snapshot struct {
	last       int64
	bids, asks []venues.Level
	err        error
}

// session runs one stream connection until it fails or stalls. synced
// reports whether the book was in sync at some point.
func (r *bookRunner) session(ctx context.Context) (synced bool, err error) {
	sctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	defer wg.Wait()
	defer cancel()

	diffs := make(chan Diff, 1024)
	errc := make(chan error, 1)
	doneC, stopC, err := r.connect(sctx, diffs, errc)
	if err != nil {
		return false, fmt.Errorf("connect: %w", err)
	}
	defer func() {
		cancel() // unblocks a handler waiting to hand over a diff
		close(stopC)
		<-doneC
	}()
	r.lb.Invalidate()

	snapc := make(chan snapshot, 1)
	probec := make(chan snapshot, 1)
	inflight, probing, behind := false, false, false
	var retry <-chan time.Time
	fetch := func() {
		if inflight {
			return
		}
		inflight, retry = true, nil
		wg.Add(1)
		go func() {
			defer wg.Done()
			snapc <- r.fetch(sctx, r.c.o.SnapshotDepth)
		}()
	}
	// The snapshot is fetched right away: events from the connection on
	// are buffered meanwhile, and a quiet book syncs without waiting for
	// one.
	fetch()
	snapBackoff := backoff{min: r.c.o.ReconnectMin, max: r.c.o.ReconnectMax}
	stale := time.NewTimer(r.c.o.StaleAfter)
	defer stale.Stop()
	var lastErr error
	for {
		select {
		case <-sctx.Done():
			return synced, ctx.Err()
		case err := <-errc:
			// A read error ends the connection (doneC follows); a message
			// go-binance could not parse is lost, which the next diff's
			// sequence check catches.
			lastErr = err
			r.log.Debug().Err(err).Msg("depth stream error")
		case <-doneC:
			if lastErr == nil {
				lastErr = errors.New("closed")
			}
			return synced, fmt.Errorf("stream: %w", lastErr)
		case <-stale.C:
			// No message for StaleAfter. A quiet book is still good if the
			// exchange's book has not moved past it; otherwise (or when it
			// cannot be checked) the stream is stalled.
			if behind || !r.lb.Synced() {
				return synced, fmt.Errorf("stream stalled: no message for %s", r.c.o.StaleAfter)
			}
			if !probing {
				probing = true
				wg.Add(1)
				go func() {
					defer wg.Done()
					probec <- r.fetch(sctx, 5)
				}()
			}
			stale.Reset(r.c.o.StaleAfter / 2)
		case p := <-probec:
			probing = false
			switch {
			case p.err != nil:
				return synced, fmt.Errorf("stream quiet and book unverifiable: %w", p.err)
			case p.last > r.lb.LastUpdateID():
				// Behind: a live stream delivers the missing events
				// shortly; if nothing comes, the stream is stalled.
				behind = true
			default:
				stale.Reset(r.c.o.StaleAfter)
			}
		case d := <-diffs:
			behind = false
			stale.Reset(r.c.o.StaleAfter)
			switch r.lb.Apply(d) {
			case Buffered:
				if retry == nil {
					fetch()
				}
			case Applied:
				r.publish(d.Time)
			case NeedSnapshot:
				r.setStale(fmt.Sprintf("sequence gap at U=%d u=%d", d.First, d.Last))
				fetch()
			}
		case s := <-snapc:
			inflight = false
			if s.err != nil {
				r.log.Warn().Err(s.err).Msg("depth snapshot failed")
				retry = time.After(snapBackoff.next())
				continue
			}
			if r.lb.Snapshot(s.last, s.bids, s.asks) == Synced {
				synced = true
				snapBackoff.reset()
				r.publish(r.c.o.Clock())
				continue
			}
			// The snapshot is older than the buffered events: fetch again.
			retry = time.After(snapBackoff.next())
		case <-retry:
			fetch()
		}
	}
}

// connect opens the diff stream through go-binance. The handler runs on
// go-binance's reader goroutine and hands parsed diffs over.
func (r *bookRunner) connect(ctx context.Context, diffs chan<- Diff, errc chan<- error) (doneC, stopC chan struct{}, err error) {
	onErr := func(err error) {
		select {
		case errc <- err:
		default:
		}
	}
	hand := func(d Diff, err error) {
		if err != nil {
			onErr(err)
			return
		}
		select {
		case diffs <- d:
		case <-ctx.Done():
		}
	}
	if r.futures {
		return futures.WsDiffDepthServeWithRate(r.symbol, 100*time.Millisecond, func(e *futures.WsDepthEvent) {
			hand(futDiff(r.c.FuturesVenue(), e))
		}, onErr)
	}
	return gobinance.WsDepthServe100Ms(r.symbol, func(e *gobinance.WsDepthEvent) {
		hand(spotDiff(r.c.o.Venue, e))
	}, onErr)
}

// spotDiff converts a spot depth diff event.
func spotDiff(venue string, e *gobinance.WsDepthEvent) (Diff, error) {
	d := Diff{Time: msTime(e.Time), First: e.FirstUpdateID, Last: e.LastUpdateID}
	return d, diffLevels(venue, e.Symbol, &d, e.Bids, e.Asks)
}

// futDiff converts a USD-M depth diff event.
func futDiff(venue string, e *futures.WsDepthEvent) (Diff, error) {
	d := Diff{Time: msTime(e.Time), First: e.FirstUpdateID, Last: e.LastUpdateID, PrevLast: e.PrevLastUpdateID}
	return d, diffLevels(venue, e.Symbol, &d, e.Bids, e.Asks)
}

func diffLevels(venue, symbol string, d *Diff, bids, asks []common.PriceLevel) error {
	var err error
	if d.Bids, err = levels(bids); err != nil {
		return fmt.Errorf("%s: depthUpdate %s: bids: %w", venue, symbol, err)
	}
	if d.Asks, err = levels(asks); err != nil {
		return fmt.Errorf("%s: depthUpdate %s: asks: %w", venue, symbol, err)
	}
	if d.Last < d.First {
		return fmt.Errorf("%s: depthUpdate %s: final update id u %d < first U %d", venue, symbol, d.Last, d.First)
	}
	return nil
}

// fetch gets a REST depth snapshot.
func (r *bookRunner) fetch(ctx context.Context, limit int) snapshot {
	var s snapshot
	err := r.c.api.call(ctx, r.futures, func(ctx context.Context) error {
		if r.futures {
			res, err := r.c.api.fut().NewDepthService().Symbol(r.symbol).Limit(limit).Do(ctx)
			if err != nil {
				return err
			}
			s.last = res.LastUpdateID
			if s.bids, err = levels(res.Bids); err == nil {
				s.asks, err = levels(res.Asks)
			}
			return err
		}
		res, err := r.c.api.spot().NewDepthService().Symbol(r.symbol).Limit(limit).Do(ctx)
		if err != nil {
			return err
		}
		s.last = res.LastUpdateID
		if s.bids, err = levels(res.Bids); err == nil {
			s.asks, err = levels(res.Asks)
		}
		return err
	})
	if err != nil {
		s.err = fmt.Errorf("%s: depth snapshot %s: %w", r.venue, r.symbol, err)
	}
	return s
}

// publish offers the top of the synced book to consumers.
func (r *bookRunner) publish(t time.Time) {
	b := r.lb.Book()
	if r.c.o.OnBook != nil {
		r.c.o.OnBook(r.futures, r.symbol, r.lb.LastUpdateID(), b)
	}
	bid, okb := b.Best(venues.Buy)
	ask, oka := b.Best(venues.Sell)
	if !okb {
		bid.Price = 0
	}
	if !oka {
		ask.Price = 0
	}
	r.st.bestBid.Store(math.Float64bits(bid.Price))
	r.st.bestAsk.Store(math.Float64bits(ask.Price))
	if r.st.stale.Swap(false) {
		r.log.Info().Int64("update_id", r.lb.LastUpdateID()).Msg("book synced")
		r.c.mail.putStatus(r.key, venues.VenueStatus{Time: r.c.o.Clock(), Venue: r.venue, Symbol: r.symbol, Reason: "synced"})
	}
	if t.IsZero() {
		t = r.c.o.Clock()
	}
	depth := r.c.o.Depth
	r.c.mail.putBook(r.key, func(u *venues.BookUpdate) {
		u.Time, u.Venue, u.Symbol, u.Stale = t, r.venue, r.symbol, false
		u.Bids = b.Top(venues.Buy, depth, u.Bids[:0])
		u.Asks = b.Top(venues.Sell, depth, u.Asks[:0])
	})
}

// setStale marks the book unusable and tells consumers, once per episode.
func (r *bookRunner) setStale(reason string) {
	if r.st.stale.Swap(true) && reason != "connecting" {
		r.log.Debug().Str("reason", reason).Msg("book still stale")
		return
	}
	r.log.Warn().Str("reason", reason).Msg("book stale")
	now := r.c.o.Clock()
	r.c.mail.putStatus(r.key, venues.VenueStatus{Time: now, Venue: r.venue, Symbol: r.symbol, Stale: true, Reason: reason})
	r.c.mail.putBook(r.key, func(u *venues.BookUpdate) {
		u.Time, u.Venue, u.Symbol, u.Stale = now, r.venue, r.symbol, true
		u.Bids, u.Asks = u.Bids[:0], u.Asks[:0]
	})
}

// backoff is exponential with full jitter in [d/2, d].
type backoff struct {
	min, max time.Duration
	cur      time.Duration
}

func (b *backoff) next() time.Duration {
	if b.cur < b.min {
		b.cur = b.min
	} else {
		b.cur *= 2
		if b.cur > b.max {
			b.cur = b.max
		}
	}
	half := b.cur / 2
	return half + time.Duration(rand.Int64N(int64(half)+1))
}

func (b *backoff) reset() { b.cur = 0 }
