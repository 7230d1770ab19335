package binance

import (
	"context"
	"errors"
	"fmt"
	"math"
	"net/http"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/rs/zerolog"

	"github.com/navarb/navarb/venues"
)

// ErrRunning: Run was called while already running.
var ErrRunning = errors.New("already running")

// Client is a Binance spot and USD-M futures connector. Create it with New;
// Run streams market and account data; the order methods may be called
// concurrently from any goroutine.
type Client struct {
	o   Options
	log zerolog.Logger
	api *rest

	books map[string]*bookState // by bookKey(futures, symbol); fixed at New
	mail  *mailbox

	healthMu sync.Mutex
	health   map[bool]map[string]string // futures -> cause -> reason

	rulesMu   sync.Mutex
	spotRules map[string]Rules
	futRules  map[string]Rules

	ordersMu sync.Mutex
	orderIDs map[orderKey]string // exchange order id -> client id
	traded   map[orderKey]bool   // symbols we placed orders on (ID 0)
	placed   map[placedKey]bool  // our orders whose final state is not yet reported

	running atomic.Bool
}

type orderKey struct {
	futures bool
	symbol  string
	id      int64
}

type placedKey struct {
	futures          bool
	symbol, clientID string
}

// bookState is what the order path may read about a book: whether it is
// usable, and its best prices (for a market order's notional check).
type bookState struct {
	stale   atomic.Bool
	bestBid atomic.Uint64 // math.Float64bits
	bestAsk atomic.Uint64
}

func bookKey(futures bool, symbol string) string {
	if futures {
		return "usdm:" + symbol
	}
	return "spot:" + symbol
}

// New validates the options and builds a Client. It does no I/O.
func New(o Options) (*Client, error) {
	o, err := o.withDefaults()
	if err != nil {
		return nil, err
	}
	c := &Client{
		o:         o,
		log:       o.Log.With().Str("venue", o.Venue).Logger(),
		books:     make(map[string]*bookState),
		mail:      newMailbox(),
		health:    map[bool]map[string]string{false: {}, true: {}},
		spotRules: make(map[string]Rules),
		futRules:  make(map[string]Rules),
		orderIDs:  make(map[orderKey]string),
		traded:    make(map[orderKey]bool),
		placed:    make(map[placedKey]bool),
	}
	base := http.DefaultTransport
	if o.HTTPClient != nil && o.HTTPClient.Transport != nil {
		base = o.HTTPClient.Transport
	}
	newLim := func(futures bool, weight int) *limiter {
		return &limiter{
			clock: o.Clock, weightLimit: weight,
			orderLimit10s: o.OrderLimit10s, orderLimitDay: o.OrderLimitDay,
			onBan:   func(until time.Time) { c.banned(futures, until) },
			onUnban: func() { c.setHealth(futures, "ban", "") },
		}
	}
	c.api = &rest{
		key: o.APIKey, secret: o.SecretKey,
		spotURL: o.BaseURL, futURL: o.FuturesBaseURL,
		spotLim: newLim(false, o.WeightLimit),
		futLim:  newLim(true, o.FuturesWeightLimit),
	}
	c.api.spotHTTP = &http.Client{Transport: &transport{base: base, lim: c.api.spotLim, timeout: o.RequestTimeout, rec: o.Metrics, venue: o.Venue}}
	c.api.futHTTP = &http.Client{Transport: &transport{base: base, lim: c.api.futLim, timeout: o.RequestTimeout, rec: o.Metrics, venue: c.FuturesVenue()}}
	for _, s := range o.Symbols {
		st := new(bookState)
		st.stale.Store(true)
		c.books[bookKey(false, s)] = st
	}
	for _, s := range o.FuturesSymbols {
		st := new(bookState)
		st.stale.Store(true)
		c.books[bookKey(true, s)] = st
	}
	return c, nil
}

// String names the client without its credentials.
func (c *Client) String() string { return "binance.Client(" + c.o.Venue + ")" }

// Venue is the venue name on spot events; FuturesVenue on futures events.
func (c *Client) Venue() string { return c.o.Venue }

// FuturesVenue is the venue name on USD-M futures events.
func (c *Client) FuturesVenue() string { return c.o.Venue + "-usdm" }

func (c *Client) venue(futures bool) string {
	if futures {
		return c.FuturesVenue()
	}
	return c.o.Venue
}

// Usage reports the spot (or futures) rate-limit counters.
func (c *Client) Usage(futures bool) Usage {
	if futures {
		return c.api.futLim.usage()
	}
	return c.api.spotLim.usage()
}

// Stale reports whether a configured symbol's book is unusable (not yet
// synced, gapped, stalled or disconnected). Symbols without a book are
// never stale.
func (c *Client) Stale(futures bool, symbol string) bool {
	st := c.books[bookKey(futures, symbol)]
	return st != nil && st.stale.Load()
}

// Run streams books, fills, order updates, balances and status to out until
// ctx is cancelled, reconnecting as needed. It waits for every goroutine it
// started and returns ctx.Err(). Book and status events are coalesced
// (latest wins); fills, order and balance updates are never dropped, so out
// must be drained.
func (c *Client) Run(ctx context.Context, out chan<- venues.Event) error {
	if !c.running.CompareAndSwap(false, true) {
		return fmt.Errorf("binance %s: run: %w", c.o.Venue, ErrRunning)
	}
	defer c.running.Store(false)
	var wg sync.WaitGroup
	goRun := func(f func()) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			f()
		}()
	}
	goRun(func() { c.mail.forward(ctx, out) })
	for _, s := range c.o.Symbols {
		r := newBookRunner(c, false, s)
		goRun(func() { r.run(ctx) })
	}
	for _, s := range c.o.FuturesSymbols {
		r := newBookRunner(c, true, s)
		goRun(func() { r.run(ctx) })
	}
	if c.o.APIKey != "" && c.o.BaseURL != "" {
		u := newUserStream(c, false, out)
		goRun(func() { u.run(ctx) })
	}
	if c.o.APIKey != "" && c.o.FuturesBaseURL != "" {
		u := newUserStream(c, true, out)
		goRun(func() { u.run(ctx) })
	}
	<-ctx.Done()
	wg.Wait()
	for _, st := range c.books {
		st.stale.Store(true)
	}
	return ctx.Err()
}

// setHealth records (reason != "") or clears a venue-wide problem and
// publishes the venue's status.
func (c *Client) setHealth(futures bool, cause, reason string) {
	c.healthMu.Lock()
	defer c.healthMu.Unlock() // held while publishing, so statuses go out in order
	h := c.health[futures]
	if h[cause] == reason {
		return
	}
	if reason == "" {
		delete(h, cause)
	} else {
		h[cause] = reason
	}
	reasons := make([]string, 0, len(h))
	for k, v := range h {
		reasons = append(reasons, k+": "+v)
	}
	sort.Strings(reasons)
	st := venues.VenueStatus{Time: c.o.Clock(), Venue: c.venue(futures), Stale: len(reasons) > 0,
		Reason: strings.Join(reasons, "; ")}
	if !st.Stale {
		st.Reason = "ok"
	}
	c.mail.putStatus(bookKey(futures, ""), st)
}

func (c *Client) banned(futures bool, until time.Time) {
	reason := "HTTP 418: IP banned until " + until.UTC().Format(time.RFC3339)
	c.log.Error().Bool("futures", futures).Time("until", until).Msg("rate limit ban: all requests stopped")
	c.setHealth(futures, "ban", reason)
}

// rememberOrder maps an exchange order id to its client id.
func (c *Client) rememberOrder(futures bool, symbol string, id int64, clientID string) {
	c.ordersMu.Lock()
	c.orderIDs[orderKey{futures, symbol, id}] = clientID
	c.traded[orderKey{futures, symbol, 0}] = true
	c.ordersMu.Unlock()
}

// trackPlaced notes an order whose final state must be reported; untrack
// forgets it once reported (or unknown to the venue).
func (c *Client) trackPlaced(futures bool, symbol, clientID string) {
	c.ordersMu.Lock()
	c.placed[placedKey{futures, symbol, clientID}] = true
	c.traded[orderKey{futures, symbol, 0}] = true
	c.ordersMu.Unlock()
}

func (c *Client) untrackPlaced(futures bool, symbol, clientID string) {
	c.ordersMu.Lock()
	delete(c.placed, placedKey{futures, symbol, clientID})
	c.ordersMu.Unlock()
}

// placedOn lists the tracked orders on a symbol.
func (c *Client) placedOn(futures bool, symbol string) []string {
	c.ordersMu.Lock()
	defer c.ordersMu.Unlock()
	var out []string
	for k := range c.placed {
		if k.futures == futures && k.symbol == symbol {
			out = append(out, k.clientID)
		}
	}
	return out
}

func (c *Client) clientIDOf(futures bool, symbol string, id int64) (string, bool) {
	c.ordersMu.Lock()
	defer c.ordersMu.Unlock()
	s, ok := c.orderIDs[orderKey{futures, symbol, id}]
	return s, ok
}

// tradedSymbols are the configured symbols plus any we placed orders on.
func (c *Client) tradedSymbols(futures bool) []string {
	set := make(map[string]bool)
	src := c.o.Symbols
	if futures {
		src = c.o.FuturesSymbols
	}
	for _, s := range src {
		set[s] = true
	}
	c.ordersMu.Lock()
	for k := range c.traded {
		if k.futures == futures {
			set[k.symbol] = true
		}
	}
	c.ordersMu.Unlock()
	out := make([]string, 0, len(set))
	for s := range set {
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

// refPrice is the best opposite price of a fresh book, for a market order's
// notional check; zero when unknown.
func (c *Client) refPrice(futures bool, symbol string, side venues.Side) float64 {
	st := c.books[bookKey(futures, symbol)]
	if st == nil || st.stale.Load() {
		return 0
	}
	if side == venues.Buy {
		return math.Float64frombits(st.bestAsk.Load())
	}
	return math.Float64frombits(st.bestBid.Load())
}
