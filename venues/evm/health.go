package evm

import (
	"context"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/ethclient"
)

// probeResult is one endpoint's answer to a health probe.
type probeResult struct {
	http       *ethclient.Client // dialed by this probe
	verified   bool
	ok         bool
	head       uint64
	headTime   uint64
	err        error // scrubbed
	wrongChain error
}

// CheckHealth probes every endpoint once (Run calls it every HealthInterval):
// dials those not connected, checks the chain id of those not yet checked, reads
// each head, and takes lagging or failing endpoints out of rotation.
func (c *Client) CheckHealth(ctx context.Context) {
	results := c.probeAll(ctx)
	c.mu.Lock()
	for i, ep := range c.eps {
		c.applyProbeLocked(ep, results[i])
	}
	c.rankLocked(results)
	c.mu.Unlock()
	c.signal()
}

func (c *Client) probeAll(ctx context.Context) []probeResult {
	results := make([]probeResult, len(c.eps))
	var wg sync.WaitGroup
	for i, ep := range c.eps {
		c.mu.Lock()
		client, verified := ep.http, ep.verified
		c.mu.Unlock()
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = c.probe(ctx, ep, client, verified)
		}()
	}
	wg.Wait()
	return results
}

func (c *Client) probe(ctx context.Context, ep *endpoint, client *ethclient.Client, verified bool) probeResult {
	var r probeResult
	ctx, cancel := context.WithTimeout(ctx, c.opts.RequestTimeout)
	defer cancel()
	if client == nil {
		cl, err := ep.dialHTTP(ctx)
		if err != nil {
			r.err = err
			return r
		}
		r.http, client = cl, cl
	}
	if !verified {
		id, err := client.ChainID(ctx)
		if err != nil {
			r.err = ep.scrub(err)
			return r
		}
		if !id.IsUint64() || id.Uint64() != c.opts.ChainID {
			r.wrongChain = fmt.Errorf("endpoint %s reports chain id %s, want %d", ep.name, id, c.opts.ChainID)
			r.err = r.wrongChain
			return r
		}
		r.verified = true
	}
	h, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		r.err = ep.scrub(err)
		return r
	}
	r.ok, r.head, r.headTime = true, h.Number.Uint64(), h.Time
	return r
}

func (c *Client) applyProbeLocked(ep *endpoint, r probeResult) {
	if r.http != nil {
		if ep.http == nil {
			ep.http = r.http
		} else {
			r.http.Close()
		}
	}
	if r.verified {
		ep.verified = true
	}
	if r.ok {
		ep.head, ep.headTime = r.head, r.headTime
	}
}

// rankLocked decides which endpoints are healthy from one probe round.
func (c *Client) rankLocked(results []probeResult) {
	var best, bestTime uint64
	for _, r := range results {
		if r.ok && r.head >= best {
			best, bestTime = r.head, r.headTime
		}
	}
	if best > c.bestHead || bestTime > c.bestHeadTime {
		c.bestHead, c.bestHeadTime = best, bestTime
	}
	for i, ep := range c.eps {
		r := results[i]
		var reason string
		switch {
		case r.err != nil:
			reason = r.err.Error()
		case !ep.verified:
			reason = "chain id not verified"
		case r.head+c.opts.MaxHeadLag < best:
			reason = fmt.Sprintf("lagging: head #%d, best #%d", r.head, best)
		}
		up := reason == ""
		switch {
		case up && !ep.healthy:
			c.log.Info().Str("endpoint", ep.name).Uint64("head", r.head).Msg("rpc endpoint healthy")
		case !up && (ep.healthy || !ep.seen):
			ev := c.log.Warn()
			if r.wrongChain != nil {
				ev = c.log.Error()
			}
			ev.Str("endpoint", ep.name).Str("reason", reason).Msg("rpc endpoint out of rotation")
		}
		ep.healthy, ep.reason, ep.seen = up, reason, true
	}
}

// markDown takes an endpoint out of rotation after a failed call and logs the
// failover, naming both endpoints (never their URLs).
func (c *Client) markDown(ep *endpoint, op string, err error) {
	c.mu.Lock()
	if !ep.healthy {
		c.mu.Unlock()
		return
	}
	ep.healthy, ep.reason = false, err.Error()
	next := "none"
	if h := c.healthyLocked(); len(h) > 0 {
		next = h[0].name
	}
	c.mu.Unlock()
	if next == "none" {
		c.log.Error().Str("endpoint", ep.name).Str("op", op).Str("err", err.Error()).
			Msg("rpc endpoint failed; no healthy endpoint left, chain venue stale")
	} else {
		c.log.Warn().Str("endpoint", ep.name).Str("op", op).Str("err", err.Error()).Str("next", next).
			Msg("rpc endpoint failed; failing over to " + next)
	}
	c.signal()
}
