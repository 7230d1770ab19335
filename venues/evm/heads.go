package evm

import (
	"context"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/rs/zerolog"
)

// HeadSource is where new heads come from: a Client, or any go-ethereum client
// (ethclient.Client, the simulated backend's client).
type HeadSource interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	SubscribeNewHead(ctx context.Context, ch chan<- *types.Header) (ethereum.Subscription, error)
}

// followHeads calls onHead after every new head announced by a subscription
// (with the newest announced header), and every poll interval as a fallback
// (with nil) (no WS endpoint, a dropped subscription, a
// missed notification). It resubscribes every resubscribe interval while the
// subscription is down, and returns when ctx ends or onHead returns an error.
func followHeads(ctx context.Context, src HeadSource, poll time.Duration, log zerolog.Logger, onHead func(context.Context, *types.Header) error) error {
	heads := make(chan *types.Header, 64)
	var sub ethereum.Subscription
	defer func() {
		if sub != nil {
			sub.Unsubscribe()
		}
	}()
	subscribe := func() {
		s, err := src.SubscribeNewHead(ctx, heads)
		if err != nil {
			log.Debug().Err(err).Msg("new-head subscription unavailable; polling")
			return
		}
		sub = s
	}
	subscribe()
	ticker := time.NewTicker(poll)
	defer ticker.Stop()
	const resubscribeEvery = 5
	polls := 0
	if err := onHead(ctx, nil); err != nil {
		return err
	}
	for {
		var announced *types.Header
		var subErr <-chan error
		if sub != nil {
			subErr = sub.Err()
		}
		select {
		case <-ctx.Done():
			return nil
		case announced = <-heads:
			// Drain: one pass catches up with every queued head.
			for len(heads) > 0 {
				announced = <-heads
			}
		case err := <-subErr:
			log.Warn().Err(err).Msg("new-head subscription dropped; polling until it is back")
			sub.Unsubscribe()
			sub = nil
			continue
		case <-ticker.C:
			polls++
			if sub == nil && polls%resubscribeEvery == 0 {
				subscribe()
			}
		}
		if err := onHead(ctx, announced); err != nil {
			return err
		}
	}
}
