package evm

import (
	"context"
	"fmt"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/navarb/navarb/venues"
)

// PendingTx is one nonce's worth of our transactions: the original and any
// replacements or cancellation. Exactly one of them gets mined (or none, and the
// nonce is taken by something else: dropped).
type PendingTx struct {
	PlanID uint64
	Nonce  uint64

	req  TxRequest
	gas  uint64
	done chan struct{}

	// Guarded by Sender.mu.
	attempts    []attempt
	bundleUntil uint64 // last block a bundle targets (private bundles only)
	misses      int
	receipt     *venues.TxReceipt
	raw         *Receipt
}

type attempt struct {
	tx     *types.Transaction
	fees   Fees
	cancel bool
}

// Done is closed once the receipt is final.
func (p *PendingTx) Done() <-chan struct{} { return p.done }

// Wait blocks until the transaction's nonce is settled (mined, reverted, or
// dropped) and returns its receipt. Sender.Run must be running.
func (s *Sender) Wait(ctx context.Context, p *PendingTx) (*venues.TxReceipt, error) {
	select {
	case <-p.done:
		s.mu.Lock()
		defer s.mu.Unlock()
		return p.receipt, nil
	case <-ctx.Done():
		return nil, fmt.Errorf("evm %s: wait for nonce %d: %w", s.opts.Client.Venue(), p.Nonce, ctx.Err())
	}
}

// Receipt is the final receipt and the node's raw receipt (nil until Done, and
// raw is nil for a dropped transaction).
func (s *Sender) Receipt(p *PendingTx) (*venues.TxReceipt, *Receipt) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return p.receipt, p.raw
}

// Hashes lists the hashes sent for this nonce, oldest first.
func (s *Sender) Hashes(p *PendingTx) []common.Hash {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]common.Hash, len(p.attempts))
	for i, a := range p.attempts {
		out[i] = a.tx.Hash()
	}
	return out
}

// LastFees are the fees of the latest transaction sent for this nonce.
func (s *Sender) LastFees(p *PendingTx) Fees {
	s.mu.Lock()
	defer s.mu.Unlock()
	f := p.attempts[len(p.attempts)-1].fees
	return Fees{Tip: f.Tip, FeeCap: f.FeeCap}
}

// PendingCount is how many nonces are still unsettled.
func (s *Sender) PendingCount() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.pending)
}

func (s *Sender) track(p *PendingTx, a attempt) {
	s.mu.Lock()
	defer s.mu.Unlock()
	p.attempts = append(p.attempts, a)
	s.pending[p.Nonce] = p
}

// untrack undoes the last track of a new nonce whose submission failed.
func (s *Sender) untrack(p *PendingTx) {
	s.mu.Lock()
	defer s.mu.Unlock()
	p.attempts = p.attempts[:len(p.attempts)-1]
	if len(p.attempts) == 0 && s.pending[p.Nonce] == p {
		delete(s.pending, p.Nonce)
	}
}

func (s *Sender) snapshot() []*PendingTx {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]*PendingTx, 0, len(s.pending))
	for _, p := range s.pending {
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Nonce < out[j].Nonce })
	return out
}
