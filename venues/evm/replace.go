package evm

import (
	"context"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/core/types"
)

// Replace re-sends p's transaction with the same nonce and both fee fields raised
// by at least BumpPercent (more if the market asks for more), within the caps.
// It is simulated again first. If the caps cannot fit the bump nothing is sent
// and the error wraps ErrFeeCap.
func (s *Sender) Replace(ctx context.Context, p *PendingTx) error {
	return s.replace(ctx, p, nil, false)
}

// ReplaceWithFees re-sends p's transaction with the given fees. Fees below the
// minimum bump over the last attempt are refused before anything is sent (the
// error wraps ErrUnderpricedReplacement); fees above the caps wrap ErrFeeCap.
func (s *Sender) ReplaceWithFees(ctx context.Context, p *PendingTx, f Fees) error {
	return s.replace(ctx, p, &f, false)
}

// Cancel replaces p with a 0-value transfer to ourselves at the same nonce and
// bumped fees; once mined, p settles as TxDropped with reason "cancelled" and
// the gas it paid.
func (s *Sender) Cancel(ctx context.Context, p *PendingTx) error {
	return s.replace(ctx, p, nil, true)
}

func (s *Sender) replace(ctx context.Context, p *PendingTx, fees *Fees, cancel bool) error {
	venue := s.opts.Client.Venue()
	op := "replace"
	if cancel {
		op = "cancel"
	}
	s.mu.Lock()
	settled := p.receipt != nil
	last := p.attempts[len(p.attempts)-1].fees
	s.mu.Unlock()
	if settled {
		return fmt.Errorf("evm %s: %s nonce %d: %w", venue, op, p.Nonce, ErrNonceUsed)
	}
	var f Fees
	if fees != nil {
		if err := CheckBump(last, *fees); err != nil {
			return fmt.Errorf("evm %s: %s nonce %d: %w", venue, op, p.Nonce, err)
		}
		if fees.Tip.Cmp(s.opts.Fees.MaxTipPerGas) > 0 || fees.FeeCap.Cmp(s.opts.Fees.MaxFeePerGas) > 0 {
			return fmt.Errorf("evm %s: %s nonce %d: %s: %w", venue, op, p.Nonce, fees, ErrFeeCap)
		}
		f = *fees
	} else {
		market, err := s.SuggestFees(ctx)
		if err != nil {
			return fmt.Errorf("evm %s: %s nonce %d: %w", venue, op, p.Nonce, err)
		}
		if f, err = ReplacementFees(last, market, s.opts.Fees); err != nil {
			return fmt.Errorf("evm %s: %s nonce %d: %w", venue, op, p.Nonce, err)
		}
	}
	to, data, value, gas := p.req.To, p.req.Data, p.req.Value, p.gas
	if cancel {
		to, data, value, gas = &s.from, nil, nil, 21000
	}
	if err := s.simulate(ctx, s.callMsg(to, data, value, gas, f)); err != nil {
		return err
	}
	tx, err := types.SignNewTx(s.opts.Key, s.signer, s.txData(p.Nonce, to, data, value, gas, f))
	if err != nil {
		return fmt.Errorf("evm %s: %s nonce %d: sign: %w", venue, op, p.Nonce, err)
	}
	s.track(p, attempt{tx: tx, fees: f, cancel: cancel})
	err = s.submit(ctx, p, tx)
	switch classify(err) {
	case sendOK:
		s.log.Info().Uint64("nonce", p.Nonce).Str("tx", tx.Hash().Hex()).Str("fees", f.String()).Msg("tx " + op + " sent")
		return nil
	case sendAmbiguous:
		if _, _, lerr := s.opts.Client.TransactionByHash(ctx, tx.Hash()); lerr == nil {
			return nil
		}
	}
	s.untrack(p)
	if strings.Contains(strings.ToLower(err.Error()), "nonce too low") {
		return fmt.Errorf("evm %s: %s nonce %d: %w", venue, op, p.Nonce, ErrNonceUsed)
	}
	return fmt.Errorf("evm %s: %s nonce %d: %w", venue, op, p.Nonce, wrapSendErr(err))
}
