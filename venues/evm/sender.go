package evm

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/rs/zerolog"
	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
)

// ErrSimulationReverted: the transaction reverts in eth_call at the pending
// block; it was not sent. It wraps venues.ErrRejected.
var ErrSimulationReverted = fmt.Errorf("evm: simulation reverted: %w", venues.ErrRejected)

// ErrNonceUsed: a replacement or cancellation came too late, a transaction with
// its nonce is already mined. It wraps venues.ErrRejected.
var ErrNonceUsed = fmt.Errorf("evm: nonce already used: %w", venues.ErrRejected)

// SenderOptions configures a Sender.
type SenderOptions struct {
	Client *Client
	// Key signs the transactions; the sender owns its account's nonces (no other
	// process should send from it).
	Key *ecdsa.PrivateKey
	// Kind selects the gas cost formula (L1 data fee on L2s).
	Kind L2Kind
	// NativeAsset names the gas asset in receipts (default "ETH").
	NativeAsset string
	// NativeUSD, if set, prices the native asset for TxReceipt.GasUSD when a
	// receipt settles; nil leaves GasUSD zero (the ledger values it).
	NativeUSD func() decimal.Decimal
	// Fees holds the caps from the risk module.
	Fees FeePolicy
	// FeeHistoryBlocks and TipPercentile shape the eth_feeHistory query
	// (defaults 10 blocks, 50th percentile).
	FeeHistoryBlocks uint64
	TipPercentile    float64
	// GasMarginPercent is added to eth_estimateGas's answer (default 20).
	GasMarginPercent uint64
	// Private, if configured, replaces public broadcast (Ethereum mainnet).
	Private PrivateOptions
	// Events receives every final *venues.TxReceipt (blocking: receipts never
	// drop). Nil: use Wait.
	Events chan<- venues.Event
	// PollInterval is the receipt check fallback when no new-head subscription
	// is available (default 2s).
	PollInterval time.Duration
	Logger       zerolog.Logger
	Now          func() time.Time
}

// TxRequest is one transaction to send.
type TxRequest struct {
	PlanID uint64
	To     *common.Address // nil: contract creation
	Data   []byte
	Value  *big.Int
	// Gas is the gas limit; zero: eth_estimateGas plus the margin.
	Gas uint64
}

// Sender signs, simulates, prices, sends, replaces and tracks one account's
// transactions. Send, Replace and Cancel are safe for concurrent use; Run tracks
// receipts on every new head and must run for PendingTx to complete.
type Sender struct {
	opts    SenderOptions
	log     zerolog.Logger
	from    common.Address
	signer  types.Signer
	private *privateSubmitter

	sendMu  sync.Mutex // nonce allocation, signing and submission of new nonces
	nonce   uint64     // next unused nonce
	nonceOK bool

	mu      sync.Mutex
	pending map[uint64]*PendingTx
	times   map[uint64]uint64 // block number -> timestamp, for receipts
}

// NewSender validates opts; it does no I/O.
func NewSender(opts SenderOptions) (*Sender, error) {
	if opts.Client == nil || opts.Key == nil {
		return nil, errors.New("evm: new sender: client and key are required")
	}
	if err := opts.Fees.validate(); err != nil {
		return nil, fmt.Errorf("evm %s: new sender: %w", opts.Client.Venue(), err)
	}
	if opts.NativeAsset == "" {
		opts.NativeAsset = "ETH"
	}
	if opts.FeeHistoryBlocks == 0 {
		opts.FeeHistoryBlocks = 10
	}
	if opts.TipPercentile <= 0 {
		opts.TipPercentile = 50
	}
	if opts.GasMarginPercent == 0 {
		opts.GasMarginPercent = 20
	}
	if opts.PollInterval <= 0 {
		opts.PollInterval = 2 * time.Second
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	priv, err := newPrivateSubmitter(opts.Private)
	if err != nil {
		return nil, fmt.Errorf("evm %s: new sender: %w", opts.Client.Venue(), err)
	}
	from := crypto.PubkeyToAddress(opts.Key.PublicKey)
	return &Sender{
		opts:    opts,
		log:     opts.Logger.With().Str("venue", opts.Client.Venue()).Str("from", from.Hex()).Logger(),
		from:    from,
		signer:  types.LatestSignerForChainID(new(big.Int).SetUint64(opts.Client.ChainIDValue())),
		private: priv,
		pending: map[uint64]*PendingTx{},
		times:   map[uint64]uint64{},
	}, nil
}

// From is the sending account.
func (s *Sender) From() common.Address { return s.from }

// SuggestFees reads eth_feeHistory and applies the fee policy (see SuggestFees).
func (s *Sender) SuggestFees(ctx context.Context) (Fees, error) {
	h, err := s.opts.Client.FeeHistory(ctx, s.opts.FeeHistoryBlocks, nil, []float64{s.opts.TipPercentile})
	if err != nil {
		return Fees{}, err
	}
	f, err := SuggestFees(h, s.opts.Fees)
	if err != nil {
		return Fees{}, fmt.Errorf("evm %s: fees: %w", s.opts.Client.Venue(), err)
	}
	return f, nil
}

// Send prices the transaction from the fee history, simulates it at the pending
// block (a revert is an error wrapping ErrSimulationReverted and nothing is sent),
// estimates gas if needed, takes the next local nonce and broadcasts it. A "nonce
// too low" answer resyncs the nonce from the node and retries.
func (s *Sender) Send(ctx context.Context, req TxRequest) (*PendingTx, error) {
	venue := s.opts.Client.Venue()
	fees, err := s.SuggestFees(ctx)
	if err != nil {
		return nil, err
	}
	msg := s.callMsg(req.To, req.Data, req.Value, req.Gas, fees)
	if err := s.simulate(ctx, msg); err != nil {
		return nil, err
	}
	gas := req.Gas
	if gas == 0 {
		est, err := s.opts.Client.EstimateGas(ctx, msg)
		if err != nil {
			return nil, fmt.Errorf("evm %s: send plan %d: %w", venue, req.PlanID, err)
		}
		gas = est + est*s.opts.GasMarginPercent/100
	}
	p := &PendingTx{PlanID: req.PlanID, req: req, gas: gas, done: make(chan struct{})}
	tx, err := s.sendNew(ctx, p, func(nonce uint64) *types.DynamicFeeTx {
		return s.txData(nonce, req.To, req.Data, req.Value, gas, fees)
	})
	if err != nil {
		return nil, fmt.Errorf("evm %s: send plan %d: %w", venue, req.PlanID, err)
	}
	s.log.Debug().Uint64("plan", req.PlanID).Uint64("nonce", tx.Nonce()).Str("tx", tx.Hash().Hex()).
		Str("fees", fees.String()).Msg("tx sent")
	return p, nil
}

func (s *Sender) callMsg(to *common.Address, data []byte, value *big.Int, gas uint64, f Fees) ethereum.CallMsg {
	return ethereum.CallMsg{From: s.from, To: to, Gas: gas, GasFeeCap: f.FeeCap, GasTipCap: f.Tip, Value: value, Data: data}
}

func (s *Sender) txData(nonce uint64, to *common.Address, data []byte, value *big.Int, gas uint64, f Fees) *types.DynamicFeeTx {
	v := new(big.Int)
	if value != nil {
		v.Set(value)
	}
	return &types.DynamicFeeTx{
		ChainID:   new(big.Int).SetUint64(s.opts.Client.ChainIDValue()),
		Nonce:     nonce,
		GasTipCap: new(big.Int).Set(f.Tip),
		GasFeeCap: new(big.Int).Set(f.FeeCap),
		Gas:       gas,
		To:        to,
		Value:     v,
		Data:      data,
	}
}

// simulate runs the call at the pending block; a revert is ErrSimulationReverted.
func (s *Sender) simulate(ctx context.Context, msg ethereum.CallMsg) error {
	_, err := s.opts.Client.PendingCallContract(ctx, msg)
	if err == nil {
		return nil
	}
	var rerr rpc.Error
	switch {
	case !errors.As(err, &rerr) || isEndpointFailure(err):
		return fmt.Errorf("evm %s: simulate: %w", s.opts.Client.Venue(), err)
	case strings.Contains(strings.ToLower(rerr.Error()), "revert"):
		return fmt.Errorf("evm %s: %s: %w", s.opts.Client.Venue(), revertReason(err), ErrSimulationReverted)
	}
	return fmt.Errorf("evm %s: simulate: %w", s.opts.Client.Venue(), wrapSendErr(err))
}

// revertReason decodes Error(string) revert data when the node returned it.
func revertReason(err error) string {
	var de rpc.DataError
	if errors.As(err, &de) {
		if h, ok := de.ErrorData().(string); ok {
			if b, derr := hexutil.Decode(h); derr == nil {
				if reason, uerr := abi.UnpackRevert(b); uerr == nil {
					return "execution reverted: " + reason
				}
			}
		}
	}
	var rerr rpc.Error
	if errors.As(err, &rerr) {
		return rerr.Error()
	}
	return err.Error()
}

// sendNew allocates the next nonce, signs and submits under sendMu, so that
// concurrent callers never share or skip a nonce.
func (s *Sender) sendNew(ctx context.Context, p *PendingTx, build func(nonce uint64) *types.DynamicFeeTx) (*types.Transaction, error) {
	s.sendMu.Lock()
	defer s.sendMu.Unlock()
	for try := 0; ; try++ {
		if !s.nonceOK {
			n, err := s.opts.Client.PendingNonceAt(ctx, s.from)
			if err != nil {
				return nil, err
			}
			if n > s.nonce {
				s.nonce = n
			}
			s.nonceOK = true
		}
		data := build(s.nonce)
		tx, err := types.SignNewTx(s.opts.Key, s.signer, data)
		if err != nil {
			return nil, fmt.Errorf("sign: %w", err)
		}
		err = s.submit(ctx, p, tx)
		switch classify(err) {
		case sendOK:
		case sendNonceTooLow:
			s.nonce++
			s.nonceOK = false
			s.log.Warn().Uint64("nonce", tx.Nonce()).Msg("nonce too low; resyncing from the node")
			if try < 3 {
				continue
			}
			return nil, fmt.Errorf("nonce too low after %d resyncs: %w", try, err)
		case sendAmbiguous:
			// The request may have reached the node before the connection failed.
			if _, _, lerr := s.opts.Client.TransactionByHash(ctx, tx.Hash()); lerr != nil {
				s.nonceOK = false
				return nil, err
			}
		default:
			return nil, wrapSendErr(err)
		}
		s.nonce++
		p.Nonce = tx.Nonce()
		s.track(p, attempt{tx: tx, fees: Fees{Tip: data.GasTipCap, FeeCap: data.GasFeeCap}})
		return tx, nil
	}
}

type sendKind uint8

const (
	sendOK sendKind = iota
	sendNonceTooLow
	sendAmbiguous
	sendRejected
)

func classify(err error) sendKind {
	if err == nil {
		return sendOK
	}
	msg := strings.ToLower(err.Error())
	switch {
	case strings.Contains(msg, "already known") || strings.Contains(msg, "known transaction"):
		return sendOK
	case strings.Contains(msg, "nonce too low"):
		return sendNonceTooLow
	case errors.Is(err, venues.ErrStale) || isEndpointFailure(err):
		return sendAmbiguous
	}
	return sendRejected
}

func wrapSendErr(err error) error {
	msg := strings.ToLower(err.Error())
	switch {
	case strings.Contains(msg, "insufficient funds"):
		return fmt.Errorf("%w: %w", err, venues.ErrInsufficientFunds)
	case strings.Contains(msg, "replacement transaction underpriced"):
		return fmt.Errorf("%w: %w", err, ErrUnderpricedReplacement)
	}
	return fmt.Errorf("%w: %w", err, venues.ErrRejected)
}

func (s *Sender) submit(ctx context.Context, p *PendingTx, tx *types.Transaction) error {
	if s.private != nil {
		until, err := s.private.submit(ctx, s.opts.Client, tx)
		if until > 0 {
			s.mu.Lock()
			p.bundleUntil = until
			s.mu.Unlock()
		}
		return err
	}
	return s.opts.Client.SendTransaction(ctx, tx)
}
