package chainvenue

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/rs/zerolog"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/evm/executor"
)

// paper runs the loop's call at the pending block without sending it: an
// eth_call for the verdict, then eth_simulateV1 (the same call, same
// block) for its logs and gas. The receipt is what the transaction would
// have produced, priced at the current fee market; its hash is empty and
// its status TxSuccess or TxReverted.
func (e *Executor) paper(ctx context.Context, m *Market, p *venues.Plan, c call, log zerolog.Logger) *venues.TxReceipt {
	to := e.opts.Executor
	msg := ethereum.CallMsg{From: e.opts.From, To: &to, Data: c.data}
	if _, err := e.opts.Client.PendingCallContract(ctx, msg); err != nil {
		reason := err.Error()
		if rv, ok := executor.DecodeRevert(err); ok {
			reason = rv.String()
		}
		log.Info().Str("reason", reason).Msg("paper loop reverts")
		return e.dropped(p, "paper: reverts: "+reason)
	}
	sim, err := e.simulate(ctx, msg)
	if err != nil {
		log.Warn().Err(err).Msg("paper loop not simulated")
		return e.dropped(p, fmt.Sprintf("paper: simulate: %v", err))
	}
	price, err := e.gasPrice(ctx)
	if err != nil {
		return e.dropped(p, fmt.Sprintf("paper: gas price: %v", err))
	}
	wei := new(big.Int).Mul(new(big.Int).SetUint64(sim.gasUsed), price)
	rec := e.dropped(p, "")
	rec.Status, rec.Block, rec.GasUsed = venues.TxSuccess, sim.block, sim.gasUsed
	rec.GasNative = exact(wei, 18)
	rec.GasUSD = rec.GasNative.Mul(e.opts.NativeUSD())
	res, err := decodeLoop(sim.logs, e.opts.Executor, m.Issuer.ExecIssuer())
	if err != nil {
		rec.Status, rec.Reason = venues.TxReverted, "paper: "+err.Error()
		return rec
	}
	rec.Fills = fills(m, p.Kind, p.ID, res, rec.Time)
	log.Info().Str("profit_quote", exact(res.profit, m.QuoteDecimals).String()).
		Str("gas_usd", rec.GasUSD.StringFixed(6)).Msg("paper loop simulated (not sent)")
	return rec
}

type simulated struct {
	block   uint64
	gasUsed uint64
	logs    []*types.Log
}

// simulate runs msg through eth_simulateV1 on top of the pending block.
func (e *Executor) simulate(ctx context.Context, msg ethereum.CallMsg) (simulated, error) {
	type simCall struct {
		From common.Address  `json:"from"`
		To   *common.Address `json:"to"`
		Data hexutil.Bytes   `json:"input"`
	}
	type simLog struct {
		Address common.Address `json:"address"`
		Topics  []common.Hash  `json:"topics"`
		Data    hexutil.Bytes  `json:"data"`
	}
	type simResult struct {
		Number hexutil.Uint64 `json:"number"`
		Calls  []struct {
			Logs    []simLog       `json:"logs"`
			GasUsed hexutil.Uint64 `json:"gasUsed"`
			Status  hexutil.Uint64 `json:"status"`
			Error   *struct {
				Message string `json:"message"`
			} `json:"error"`
		} `json:"calls"`
	}
	req := map[string]any{
		"blockStateCalls": []any{map[string]any{"calls": []simCall{{From: msg.From, To: msg.To, Data: msg.Data}}}},
		"validation":      false,
	}
	var out []simResult
	if err := e.opts.Client.CallRPC(ctx, &out, "eth_simulateV1", req, "pending"); err != nil {
		return simulated{}, err
	}
	if len(out) != 1 || len(out[0].Calls) != 1 {
		return simulated{}, fmt.Errorf("eth_simulateV1: %d blocks in the answer, want one with one call", len(out))
	}
	r := out[0].Calls[0]
	if r.Status != 1 {
		msg := "reverted"
		if r.Error != nil {
			msg = r.Error.Message
		}
		return simulated{}, fmt.Errorf("eth_simulateV1: %s", msg)
	}
	s := simulated{block: uint64(out[0].Number), gasUsed: uint64(r.GasUsed)}
	for _, l := range r.Logs {
		s.logs = append(s.logs, &types.Log{Address: l.Address, Topics: l.Topics, Data: l.Data})
	}
	return s, nil
}
