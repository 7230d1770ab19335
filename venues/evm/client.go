package evm

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/rs/zerolog"

	"github.com/navarb/navarb/venues"
)

// ClientOptions configures a Client.
type ClientOptions struct {
	// Venue names the chain in logs, errors and VenueStatus events ("arbitrum").
	Venue string
	// ChainID is the chain every endpoint must report; an endpoint reporting
	// another id is never used.
	ChainID uint64
	// Endpoints in order of preference: calls go to the first healthy one.
	Endpoints []Endpoint
	// RequestTimeout bounds every request to one endpoint (default 10s).
	RequestTimeout time.Duration
	// HealthInterval is how often Run probes every endpoint (default 5s).
	HealthInterval time.Duration
	// MaxHeadLag is how many blocks an endpoint may trail the best endpoint's head
	// before it counts as lagging and is taken out of rotation (default 3).
	MaxHeadLag uint64
	// MaxHeadAge, if set, marks the chain stale when the best head's timestamp is
	// older than this (a halted chain or every node stuck). Zero: off.
	MaxHeadAge time.Duration
	// Events receives a *venues.VenueStatus whenever the chain turns stale or
	// recovers. Run blocks on it (status changes are rare and must not drop).
	Events chan<- venues.Event
	Logger zerolog.Logger
	// Now is the clock (default time.Now).
	Now func() time.Time
}

// Client is a chain's JSON-RPC connection over several endpoints: calls go to the
// first healthy endpoint and fail over to the next on transport errors, timeouts
// and HTTP errors (never on a node's JSON-RPC error, which is the answer). With no
// healthy endpoint left, calls fail fast with an error wrapping venues.ErrStale and
// Run reports the venue stale until an endpoint recovers.
//
// NewClient does no I/O; Connect dials and checks the chain id; Run keeps health
// current until its context ends. Methods are safe for concurrent use.
type Client struct {
	opts ClientOptions
	log  zerolog.Logger
	eps  []*endpoint
	kick chan struct{}

	mu           sync.Mutex
	bestHead     uint64
	bestHeadTime uint64
	reported     bool // a stale status was reported and not yet cleared
}

// NewClient validates opts; it does no I/O.
func NewClient(opts ClientOptions) (*Client, error) {
	if opts.Venue == "" {
		return nil, errors.New("evm: new client: empty venue name")
	}
	if opts.ChainID == 0 {
		return nil, fmt.Errorf("evm %s: new client: chain id not set", opts.Venue)
	}
	if len(opts.Endpoints) == 0 {
		return nil, fmt.Errorf("evm %s: new client: no endpoints", opts.Venue)
	}
	if opts.RequestTimeout <= 0 {
		opts.RequestTimeout = 10 * time.Second
	}
	if opts.HealthInterval <= 0 {
		opts.HealthInterval = 5 * time.Second
	}
	if opts.MaxHeadLag == 0 {
		opts.MaxHeadLag = 3
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	c := &Client{
		opts: opts,
		log:  opts.Logger.With().Str("venue", opts.Venue).Logger(),
		kick: make(chan struct{}, 1),
	}
	for i, cfg := range opts.Endpoints {
		ep, err := newEndpoint(cfg, i)
		if err != nil {
			return nil, fmt.Errorf("evm %s: new client: %w", opts.Venue, err)
		}
		c.eps = append(c.eps, ep)
	}
	return c, nil
}

// Venue is the chain's name.
func (c *Client) Venue() string { return c.opts.Venue }

// ChainIDValue is the chain id every endpoint was checked against.
func (c *Client) ChainIDValue() uint64 { return c.opts.ChainID }

// Connect dials every endpoint and checks its chain id. An endpoint reporting the
// wrong chain id is an error naming it (a configuration mistake: the caller should
// stop). Unreachable endpoints are marked down and retried by Run; if none is
// reachable the error wraps venues.ErrStale and the client stays usable.
func (c *Client) Connect(ctx context.Context) error {
	results := c.probeAll(ctx)
	var wrong []error
	c.mu.Lock()
	for i, ep := range c.eps {
		r := results[i]
		if r.wrongChain != nil {
			wrong = append(wrong, r.wrongChain)
		}
		c.applyProbeLocked(ep, r)
	}
	c.rankLocked(results)
	healthy := c.healthyLocked()
	c.mu.Unlock()
	if len(wrong) > 0 {
		return fmt.Errorf("evm %s: connect: %w", c.opts.Venue, errors.Join(wrong...))
	}
	if len(healthy) == 0 {
		c.signal()
		return fmt.Errorf("evm %s: connect: no endpoint reachable: %w", c.opts.Venue, venues.ErrStale)
	}
	c.log.Info().Int("endpoints", len(c.eps)).Int("healthy", len(healthy)).
		Str("active", healthy[0].name).Uint64("chain_id", c.opts.ChainID).Msg("rpc connected")
	return nil
}

// Run probes every endpoint each HealthInterval (recovering endpoints that came
// back, taking lagging ones out) and reports stale/recovered transitions as
// *venues.VenueStatus on Events. It returns nil when ctx ends.
func (c *Client) Run(ctx context.Context) error {
	t := time.NewTicker(c.opts.HealthInterval)
	defer t.Stop()
	if err := c.report(ctx); err != nil {
		return nil
	}
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
			c.CheckHealth(ctx)
		case <-c.kick:
		}
		if err := c.report(ctx); err != nil {
			return nil
		}
	}
}

// Stale reports whether the chain's data cannot be trusted now: no healthy
// endpoint, or (with MaxHeadAge) a head that is too old.
func (c *Client) Stale() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	stale, _ := c.staleLocked()
	return stale
}

// Close releases every connection.
func (c *Client) Close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, ep := range c.eps {
		if ep.ws != nil && (ep.http == nil || ep.ws != ep.http.Client()) {
			ep.ws.Close()
		}
		if ep.http != nil {
			ep.http.Close()
		}
		ep.ws, ep.http = nil, nil
	}
}

func (c *Client) signal() {
	select {
	case c.kick <- struct{}{}:
	default:
	}
}

func (c *Client) staleLocked() (bool, string) {
	if len(c.healthyLocked()) == 0 {
		return true, "all rpc endpoints down"
	}
	if c.opts.MaxHeadAge > 0 && c.bestHeadTime > 0 {
		age := c.opts.Now().Sub(time.Unix(int64(c.bestHeadTime), 0))
		if age > c.opts.MaxHeadAge {
			return true, fmt.Sprintf("head #%d is %s old", c.bestHead, age.Truncate(time.Second))
		}
	}
	return false, ""
}

// report sends a VenueStatus when staleness changed since the last report. It
// fails only when ctx ends while the event is being delivered.
func (c *Client) report(ctx context.Context) error {
	c.mu.Lock()
	stale, reason := c.staleLocked()
	changed := stale != c.reported
	c.reported = stale
	c.mu.Unlock()
	if !changed {
		return nil
	}
	if stale {
		c.log.Error().Str("reason", reason).Msg("chain venue stale")
	} else {
		c.log.Info().Msg("chain venue recovered")
	}
	if c.opts.Events == nil {
		return nil
	}
	ev := &venues.VenueStatus{Time: c.opts.Now(), Venue: c.opts.Venue, Stale: stale, Reason: reason}
	select {
	case c.opts.Events <- ev:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (c *Client) healthyLocked() []*endpoint {
	var out []*endpoint
	for _, ep := range c.eps {
		if ep.healthy && ep.http != nil {
			out = append(out, ep)
		}
	}
	return out
}

func (c *Client) healthy() []*endpoint {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.healthyLocked()
}

// conn is a healthy endpoint with its call client, snapshotted under mu.
type conn struct {
	ep   *endpoint
	http *ethclient.Client
}

func (c *Client) conns() []conn {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []conn
	for _, ep := range c.healthyLocked() {
		out = append(out, conn{ep, ep.http})
	}
	return out
}
