package evm

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// BlockRef identifies one block of the canonical chain as the watcher saw it.
type BlockRef struct {
	Number           uint64
	Hash, ParentHash common.Hash
	Time             uint64
}

// LogConsumer is state kept current from logs (a pool). The watcher calls it from one goroutine.
type LogConsumer interface {
	// Filter names the addresses and topic0s whose logs the consumer needs.
	Filter() (addresses []common.Address, topics []common.Hash)
	// ApplyBlock applies one canonical block's matching logs, in log order. Called for every block in
	// order, including blocks with no matching logs.
	ApplyBlock(b BlockRef, logs []types.Log) error
	// Revert rolls state back to what it was right after block `to` (the common ancestor of a reorg);
	// blocks after it will be applied again. Consumers keep enough history (the watcher tells them the
	// max reorg depth it handles via the Options of their constructors).
	Revert(to BlockRef) error
}

// Caller is what pools need to read state (ethclient.Client and simulated clients satisfy it).
type Caller interface {
	CallContract(ctx context.Context, call ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
}
