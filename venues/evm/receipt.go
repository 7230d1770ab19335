package evm

import (
	"encoding/json"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
)

// L2Kind says how a chain charges for L1 data.
type L2Kind uint8

// Chain kinds.
const (
	// L1: gas cost is gasUsed x effectiveGasPrice (+ blob gas).
	L1 L2Kind = iota
	// Arbitrum: gasUsed already includes the L1 data component (gasUsedForL1), so
	// gasUsed x effectiveGasPrice is the whole cost.
	Arbitrum
	// OPStack (Optimism, Base): the L1 data fee is charged on top and reported in
	// the receipt's l1Fee field.
	OPStack
)

func (k L2Kind) String() string {
	switch k {
	case L1:
		return "l1"
	case Arbitrum:
		return "arbitrum"
	case OPStack:
		return "opstack"
	}
	return "unknown"
}

// Receipt is a transaction receipt with the L2 fee fields of Arbitrum and OP-stack
// nodes, which geth's types.Receipt drops.
type Receipt struct {
	types.Receipt
	// L1Fee is the OP-stack L1 data fee in wei (nil when absent).
	L1Fee *big.Int
	// GasUsedForL1 is Arbitrum's L1 share of GasUsed (already inside GasUsed).
	GasUsedForL1 uint64
}

// UnmarshalJSON decodes a receipt as returned by eth_getTransactionReceipt.
func (r *Receipt) UnmarshalJSON(b []byte) error {
	if err := r.Receipt.UnmarshalJSON(b); err != nil {
		return err
	}
	var extra struct {
		L1Fee        *hexutil.Big    `json:"l1Fee"`
		GasUsedForL1 *hexutil.Uint64 `json:"gasUsedForL1"`
	}
	if err := json.Unmarshal(b, &extra); err != nil {
		return fmt.Errorf("receipt l2 fields: %w", err)
	}
	if extra.L1Fee != nil {
		r.L1Fee = extra.L1Fee.ToInt()
	}
	if extra.GasUsedForL1 != nil {
		r.GasUsedForL1 = uint64(*extra.GasUsedForL1)
	}
	return nil
}

// GasCostWei is what the transaction paid for gas, in wei, on a chain of the given
// kind: gasUsed x effectiveGasPrice, plus blob gas, plus the OP-stack L1 data fee.
// An OP-stack receipt without l1Fee is an error (the cost would be understated).
func (r *Receipt) GasCostWei(kind L2Kind) (*big.Int, error) {
	if r.EffectiveGasPrice == nil {
		return nil, fmt.Errorf("receipt %s: no effectiveGasPrice", r.TxHash)
	}
	cost := new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
	if r.BlobGasUsed > 0 && r.BlobGasPrice != nil {
		cost.Add(cost, new(big.Int).Mul(new(big.Int).SetUint64(r.BlobGasUsed), r.BlobGasPrice))
	}
	if kind == OPStack {
		if r.L1Fee == nil {
			return nil, fmt.Errorf("receipt %s: opstack receipt without l1Fee", r.TxHash)
		}
		cost.Add(cost, r.L1Fee)
	}
	return cost, nil
}
