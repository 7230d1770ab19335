package evm

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
)

// dropAfterHeads is how many heads a mined nonce may go without a receipt for
// any of our hashes before the transaction counts as dropped (the nonce went to
// a transaction we did not send).
const dropAfterHeads = 3

// Run tracks receipts: on every new head (subscription, polling as fallback) it
// reads the account's mined nonce and settles every pending nonce below it. It
// returns nil when ctx ends.
func (s *Sender) Run(ctx context.Context) error {
	return followHeads(ctx, s.opts.Client, s.opts.PollInterval, s.log, func(ctx context.Context, _ *types.Header) error {
		if err := s.CheckReceipts(ctx); err != nil && ctx.Err() == nil {
			s.log.Warn().Err(err).Msg("receipt check failed; retrying at next head")
		}
		return nil
	})
}

// CheckReceipts settles pending nonces against the current head (Run calls it on
// every head).
func (s *Sender) CheckReceipts(ctx context.Context) error {
	pend := s.snapshot()
	if len(pend) == 0 {
		return nil
	}
	head, err := s.opts.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	mined, err := s.opts.Client.NonceAt(ctx, s.from, head.Number)
	if err != nil {
		return err
	}
	for _, p := range pend {
		if p.Nonce >= mined {
			if err := s.checkBundle(ctx, p, head.Number.Uint64()); err != nil {
				return err
			}
			continue
		}
		if err := s.settle(ctx, p); err != nil {
			return err
		}
	}
	return nil
}

// settle finds which of the nonce's transactions was mined.
func (s *Sender) settle(ctx context.Context, p *PendingTx) error {
	s.mu.Lock()
	atts := append([]attempt(nil), p.attempts...)
	s.mu.Unlock()
	for i := len(atts) - 1; i >= 0; i-- {
		r, err := s.opts.Client.TransactionReceipt(ctx, atts[i].tx.Hash())
		if errors.Is(err, ethereum.NotFound) {
			continue
		}
		if err != nil {
			return err
		}
		return s.finalize(ctx, p, r, atts[i])
	}
	s.mu.Lock()
	p.misses++
	dropped := p.misses >= dropAfterHeads
	s.mu.Unlock()
	if !dropped {
		return nil
	}
	return s.finish(ctx, p, &venues.TxReceipt{
		Time: s.opts.Now(), PlanID: p.PlanID, Chain: s.opts.Client.Venue(), TxHash: atts[len(atts)-1].tx.Hash().Hex(),
		Nonce: p.Nonce, Status: venues.TxDropped, Reason: "nonce taken by a transaction we did not send",
		GasNative: decimal.Zero, NativeAsset: s.opts.NativeAsset, GasUSD: decimal.Zero,
	}, nil)
}

// checkBundle drops a bundle whose target blocks all passed without it, and
// rewinds the local nonce so the next send reuses it.
func (s *Sender) checkBundle(ctx context.Context, p *PendingTx, head uint64) error {
	s.mu.Lock()
	until := p.bundleUntil
	last := p.attempts[len(p.attempts)-1].tx.Hash()
	s.mu.Unlock()
	if until == 0 || head <= until {
		return nil
	}
	s.sendMu.Lock()
	if s.nonce > p.Nonce {
		s.nonce = p.Nonce
	}
	s.nonceOK = false
	s.sendMu.Unlock()
	s.log.Warn().Uint64("nonce", p.Nonce).Uint64("until", until).Msg("bundle not included; nonce released")
	return s.finish(ctx, p, &venues.TxReceipt{
		Time: s.opts.Now(), PlanID: p.PlanID, Chain: s.opts.Client.Venue(), TxHash: last.Hex(),
		Nonce: p.Nonce, Status: venues.TxDropped, Reason: "bundle not included",
		GasNative: decimal.Zero, NativeAsset: s.opts.NativeAsset, GasUSD: decimal.Zero,
	}, nil)
}

func (s *Sender) finalize(ctx context.Context, p *PendingTx, r *Receipt, a attempt) error {
	cost, err := r.GasCostWei(s.opts.Kind)
	if err != nil {
		return fmt.Errorf("evm %s: receipt of nonce %d: %w", s.opts.Client.Venue(), p.Nonce, err)
	}
	when, err := s.blockTime(ctx, r.BlockNumber)
	if err != nil {
		return err
	}
	rec := &venues.TxReceipt{
		Time: when, PlanID: p.PlanID, Chain: s.opts.Client.Venue(), TxHash: r.TxHash.Hex(), Nonce: p.Nonce,
		Block: r.BlockNumber.Uint64(), GasUsed: r.GasUsed,
		GasNative: decimal.NewFromBigInt(cost, -18), NativeAsset: s.opts.NativeAsset, GasUSD: decimal.Zero,
	}
	if s.opts.NativeUSD != nil {
		rec.GasUSD = rec.GasNative.Mul(s.opts.NativeUSD())
	}
	switch {
	case a.cancel:
		rec.Status, rec.Reason = venues.TxDropped, "cancelled"
	case r.Status == 1:
		rec.Status = venues.TxSuccess
	default:
		rec.Status, rec.Reason = venues.TxReverted, "execution reverted"
	}
	return s.finish(ctx, p, rec, r)
}

func (s *Sender) finish(ctx context.Context, p *PendingTx, rec *venues.TxReceipt, raw *Receipt) error {
	s.mu.Lock()
	if p.receipt != nil { // settled already (concurrent CheckReceipts)
		s.mu.Unlock()
		return nil
	}
	if s.pending[p.Nonce] == p {
		delete(s.pending, p.Nonce)
	}
	p.receipt, p.raw = rec, raw
	s.mu.Unlock()
	close(p.done)
	s.log.Debug().Uint64("plan", rec.PlanID).Uint64("nonce", rec.Nonce).Str("tx", rec.TxHash).
		Str("status", rec.Status.String()).Str("gas", rec.GasNative.String()).Msg("tx settled")
	if s.opts.Events == nil {
		return nil
	}
	select {
	case s.opts.Events <- rec:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (s *Sender) blockTime(ctx context.Context, n *big.Int) (time.Time, error) {
	s.mu.Lock()
	t, ok := s.times[n.Uint64()]
	s.mu.Unlock()
	if !ok {
		h, err := s.opts.Client.HeaderByNumber(ctx, n)
		if err != nil {
			return time.Time{}, err
		}
		t = h.Time
		s.mu.Lock()
		if len(s.times) > 256 {
			clear(s.times)
		}
		s.times[n.Uint64()] = t
		s.mu.Unlock()
	}
	return time.Unix(int64(t), 0).UTC(), nil
}
