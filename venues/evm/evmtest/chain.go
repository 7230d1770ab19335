package evmtest

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"

	"github.com/navarb/navarb/venues/evm"
)

// Client is what the harness needs from a node: simulated.Client and
// *ethclient.Client both satisfy it.
type Client interface {
	ethereum.ChainReader
	ethereum.ContractCaller
	ethereum.LogFilterer
	ethereum.TransactionReader
	ethereum.TransactionSender
	ethereum.PendingStateReader
	ethereum.ChainIDReader
}

// Options configures NewChain.
type Options struct {
	// Accounts is how many deterministic keys (Key(0..Accounts-1)) are funded;
	// default 4.
	Accounts int
	// Balance is each account's balance in wei; default 1e9 ether.
	Balance *big.Int
	// BlockGasLimit; default 1e9 so that one block holds many test transactions.
	BlockGasLimit uint64
}

// Chain is a chain the tests drive: the in-process simulated chain of
// NewChain, or a running node reached with Connect.
type Chain struct {
	// Sim is the simulated backend (nil for a connected node).
	Sim *simulated.Backend
	// Client talks to the chain.
	Client Client
	// ChainID of the chain.
	ChainID *big.Int
	// Keys and Addrs are the funded accounts.
	Keys  []*ecdsa.PrivateKey
	Addrs []common.Address

	signer types.Signer
	// manual, on the simulated chain, queues transactions until Commit.
	manual bool
	queued []*types.Transaction
	// nonces are the next nonces of the accounts, tracked locally.
	nonces map[common.Address]uint64
}

// Gas limits the harness gives its transactions (no estimation: a failed
// transaction is reported with its revert reason instead).
const (
	TxGas     = 12_000_000
	DeployGas = 16_000_000
)

// NewChain starts an in-process simulated chain with funded accounts. It is
// closed when the test ends.
func NewChain(tb testing.TB, opt Options) *Chain {
	tb.Helper()
	if opt.Accounts <= 0 {
		opt.Accounts = 4
	}
	if opt.Balance == nil {
		opt.Balance = new(big.Int).Mul(big.NewInt(1e9), big.NewInt(params.Ether))
	}
	if opt.BlockGasLimit == 0 {
		opt.BlockGasLimit = 1_000_000_000
	}
	alloc := types.GenesisAlloc{}
	keys := make([]*ecdsa.PrivateKey, opt.Accounts)
	addrs := make([]common.Address, opt.Accounts)
	for i := range keys {
		keys[i] = Key(i)
		addrs[i] = crypto.PubkeyToAddress(keys[i].PublicKey)
		alloc[addrs[i]] = types.Account{Balance: opt.Balance}
	}
	sim := simulated.NewBackend(alloc, simulated.WithBlockGasLimit(opt.BlockGasLimit))
	tb.Cleanup(func() { _ = sim.Close() })
	c := &Chain{Sim: sim, Client: sim.Client(), Keys: keys, Addrs: addrs, nonces: map[common.Address]uint64{}}
	c.init(tb)
	return c
}

// Connect drives a running node (the dev-chain process) with the given
// funded keys. The node mines transactions itself; Send waits for receipts.
func Connect(tb testing.TB, client Client, keys []*ecdsa.PrivateKey) *Chain {
	tb.Helper()
	c := &Chain{Client: client, Keys: keys, nonces: map[common.Address]uint64{}}
	for _, k := range keys {
		c.Addrs = append(c.Addrs, crypto.PubkeyToAddress(k.PublicKey))
	}
	c.init(tb)
	return c
}

func (c *Chain) init(tb testing.TB) {
	tb.Helper()
	id, err := c.Client.ChainID(context.Background())
	if err != nil {
		tb.Fatalf("evmtest: chain id: %v", err)
	}
	c.ChainID = id
	c.signer = types.LatestSignerForChainID(id)
}

// SetAutoCommit chooses, on the simulated chain, whether Send mines each
// transaction in its own block (the default) or queues it until Commit.
func (c *Chain) SetAutoCommit(on bool) {
	c.manual = !on
}

// Send signs and sends a transaction from account `from` (to == nil deploys
// data) with gas limit gas, and returns its receipt after requiring success.
// With auto-commit off it queues the transaction and returns nil; Commit
// mines it and checks it.
func (c *Chain) Send(tb testing.TB, from int, to *common.Address, data []byte, gas uint64) *types.Receipt {
	tb.Helper()
	ctx := context.Background()
	addr := c.Addrs[from]
	nonce, ok := c.nonces[addr]
	if !ok {
		n, err := c.Client.PendingNonceAt(ctx, addr)
		if err != nil {
			tb.Fatalf("evmtest: nonce of %s: %v", addr, err)
		}
		nonce = n
	}
	tx, err := types.SignNewTx(c.Keys[from], c.signer, &types.DynamicFeeTx{
		ChainID:   c.ChainID,
		Nonce:     nonce,
		GasTipCap: big.NewInt(params.GWei),
		GasFeeCap: big.NewInt(50 * params.GWei),
		Gas:       gas,
		To:        to,
		Data:      data,
	})
	if err != nil {
		tb.Fatalf("evmtest: sign: %v", err)
	}
	if err := c.Client.SendTransaction(ctx, tx); err != nil {
		delete(c.nonces, addr) // resync from the node next time
		tb.Fatalf("evmtest: send from %s: %v", addr, err)
	}
	c.nonces[addr] = nonce + 1
	if c.Sim != nil && c.manual {
		c.queued = append(c.queued, tx)
		return nil
	}
	if c.Sim != nil {
		c.Sim.Commit()
	}
	return c.receipt(tb, tx)
}

// Commit mines the queued transactions (simulated chain), requires each to
// succeed, and returns the new head. They go into one block unless the
// block builder runs out of time (a loaded machine), when the rest follow
// in the next blocks.
func (c *Chain) Commit(tb testing.TB) *types.Header {
	tb.Helper()
	if c.Sim == nil {
		tb.Fatal("evmtest: Commit needs the simulated chain")
	}
	c.Sim.Commit()
	for _, tx := range c.queued {
		c.receipt(tb, tx)
	}
	c.queued = c.queued[:0]
	return c.Head(tb)
}

// ResetNonces forgets the locally tracked nonces (after a reorg).
func (c *Chain) ResetNonces() {
	clear(c.nonces)
}

func (c *Chain) receipt(tb testing.TB, tx *types.Transaction) *types.Receipt {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	for {
		r, err := c.Client.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			if r.Status != types.ReceiptStatusSuccessful {
				tb.Fatalf("evmtest: tx %s reverted: %s", tx.Hash(), c.revertReason(tx, r.BlockNumber))
			}
			return r
		}
		if c.Sim != nil {
			// The block builder has a time budget: on a loaded machine a
			// full block can leave transactions in the pool for the next one.
			c.Sim.Commit()
		}
		select {
		case <-ctx.Done():
			tb.Fatalf("evmtest: receipt of %s: %v", tx.Hash(), err)
		case <-time.After(5 * time.Millisecond):
		}
	}
}

// revertReason replays a failed transaction as a call on its parent block.
func (c *Chain) revertReason(tx *types.Transaction, block *big.Int) string {
	from, err := types.Sender(c.signer, tx)
	if err != nil {
		return err.Error()
	}
	parent := new(big.Int).Sub(block, big.NewInt(1))
	_, err = c.Client.CallContract(context.Background(), ethereum.CallMsg{From: from, To: tx.To(), Gas: tx.Gas(), Data: tx.Data()}, parent)
	if err == nil {
		return "no revert when replayed on the parent block (out of gas, or depends on earlier transactions in its block)"
	}
	return err.Error()
}

// Deploy deploys creation code (bytecode followed by the packed constructor
// arguments) from account `from` and returns the contract's address.
func (c *Chain) Deploy(tb testing.TB, from int, code []byte) common.Address {
	tb.Helper()
	r := c.Send(tb, from, nil, code, DeployGas)
	if r == nil {
		tb.Fatal("evmtest: Deploy needs auto-commit")
	}
	return r.ContractAddress
}

// Call runs an eth_call from account 0 on the latest block and fails the
// test on error.
func (c *Chain) Call(tb testing.TB, to common.Address, data []byte) []byte {
	tb.Helper()
	out, err := c.Client.CallContract(context.Background(), ethereum.CallMsg{From: c.Addrs[0], To: &to, Data: data}, nil)
	if err != nil {
		tb.Fatalf("evmtest: call %s: %v", to, err)
	}
	return out
}

// Head returns the latest header.
func (c *Chain) Head(tb testing.TB) *types.Header {
	tb.Helper()
	h, err := c.Client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		tb.Fatalf("evmtest: head: %v", err)
	}
	return h
}

// HeaderAt returns the canonical header at number.
func (c *Chain) HeaderAt(tb testing.TB, number uint64) *types.Header {
	tb.Helper()
	h, err := c.Client.HeaderByNumber(context.Background(), new(big.Int).SetUint64(number))
	if err != nil {
		tb.Fatalf("evmtest: header %d: %v", number, err)
	}
	return h
}

// Ref is the evm.BlockRef of a header.
func Ref(h *types.Header) evm.BlockRef {
	return evm.BlockRef{Number: h.Number.Uint64(), Hash: h.Hash(), ParentHash: h.ParentHash, Time: h.Time}
}

// BlockLogs returns the logs of the block with hash `hash` emitted by
// `addresses` with topic0 in `topics` (all topics when empty), in log order.
func (c *Chain) BlockLogs(tb testing.TB, hash common.Hash, addresses []common.Address, topics []common.Hash) []types.Log {
	tb.Helper()
	q := ethereum.FilterQuery{BlockHash: &hash, Addresses: addresses}
	if len(topics) > 0 {
		q.Topics = [][]common.Hash{topics}
	}
	logs, err := c.Client.FilterLogs(context.Background(), q)
	if err != nil {
		tb.Fatalf("evmtest: logs of block %s: %v", hash, err)
	}
	return logs
}

// Feed replays the canonical blocks from..to (inclusive) into a consumer the
// way the watcher does: every block in order with its matching logs.
func (c *Chain) Feed(tb testing.TB, consumer evm.LogConsumer, from, to uint64) {
	tb.Helper()
	addrs, topics := consumer.Filter()
	for n := from; n <= to; n++ {
		h := c.HeaderAt(tb, n)
		if err := consumer.ApplyBlock(Ref(h), c.BlockLogs(tb, h.Hash(), addrs, topics)); err != nil {
			tb.Fatalf("evmtest: apply block %d: %v", n, err)
		}
	}
}

func ptr(a common.Address) *common.Address { return &a }

func must(tb testing.TB, err error, what string, args ...any) {
	tb.Helper()
	if err != nil {
		tb.Fatalf("evmtest: %s: %v", fmt.Sprintf(what, args...), err)
	}
}
