package evm

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/navarb/navarb/venues"
)

var _ Caller = (*Client)(nil)

// isEndpointFailure tells an endpoint's failure (transport, timeout, HTTP status,
// rate limit, garbage) from the node's answer (a JSON-RPC error, not found).
func isEndpointFailure(err error) bool {
	if errors.Is(err, ethereum.NotFound) {
		return false
	}
	var rerr rpc.Error
	if errors.As(err, &rerr) {
		// -32005: limit exceeded (rate limiting); the node did not answer.
		return rerr.ErrorCode() == -32005
	}
	return true
}

// call runs f on the first healthy endpoint, failing over to the next on an
// endpoint failure. op names the operation in errors and logs.
func call[T any](ctx context.Context, c *Client, op string, f func(context.Context, *ethclient.Client) (T, error)) (T, error) {
	var zero T
	var errs []error
	for _, cn := range c.conns() {
		ep := cn.ep
		rctx, cancel := context.WithTimeout(ctx, c.opts.RequestTimeout)
		v, err := f(rctx, cn.http)
		cancel()
		if err == nil {
			return v, nil
		}
		if ctx.Err() != nil {
			return zero, fmt.Errorf("evm %s: %s: %w", c.opts.Venue, op, ctx.Err())
		}
		err = ep.scrub(err)
		if !isEndpointFailure(err) {
			return zero, fmt.Errorf("evm %s: %s via %s: %w", c.opts.Venue, op, ep.name, err)
		}
		c.markDown(ep, op, err)
		errs = append(errs, fmt.Errorf("%s: %w", ep.name, err))
	}
	if len(errs) == 0 {
		return zero, fmt.Errorf("evm %s: %s: no healthy rpc endpoint: %w", c.opts.Venue, op, venues.ErrStale)
	}
	return zero, fmt.Errorf("evm %s: %s: every healthy rpc endpoint failed (%w): %w",
		c.opts.Venue, op, errors.Join(errs...), venues.ErrStale)
}

// ChainID asks the active endpoint for its chain id.
func (c *Client) ChainID(ctx context.Context) (*big.Int, error) {
	return call(ctx, c, "chain id", func(ctx context.Context, ec *ethclient.Client) (*big.Int, error) {
		return ec.ChainID(ctx)
	})
}

// BlockNumber returns the head's number.
func (c *Client) BlockNumber(ctx context.Context) (uint64, error) {
	return call(ctx, c, "block number", func(ctx context.Context, ec *ethclient.Client) (uint64, error) {
		return ec.BlockNumber(ctx)
	})
}

// HeaderByNumber returns a canonical header (nil number: the head).
func (c *Client) HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error) {
	return call(ctx, c, "header by number", func(ctx context.Context, ec *ethclient.Client) (*types.Header, error) {
		return ec.HeaderByNumber(ctx, number)
	})
}

// HeaderByHash returns a header by hash.
func (c *Client) HeaderByHash(ctx context.Context, hash common.Hash) (*types.Header, error) {
	return call(ctx, c, "header by hash", func(ctx context.Context, ec *ethclient.Client) (*types.Header, error) {
		return ec.HeaderByHash(ctx, hash)
	})
}

// FilterLogs runs eth_getLogs.
func (c *Client) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	return call(ctx, c, "get logs", func(ctx context.Context, ec *ethclient.Client) ([]types.Log, error) {
		return ec.FilterLogs(ctx, q)
	})
}

// CallContract runs eth_call at a block (nil: latest).
func (c *Client) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	return call(ctx, c, "eth_call", func(ctx context.Context, ec *ethclient.Client) ([]byte, error) {
		return ec.CallContract(ctx, msg, block)
	})
}

// PendingCallContract runs eth_call at the pending block.
func (c *Client) PendingCallContract(ctx context.Context, msg ethereum.CallMsg) ([]byte, error) {
	return call(ctx, c, "eth_call pending", func(ctx context.Context, ec *ethclient.Client) ([]byte, error) {
		return ec.PendingCallContract(ctx, msg)
	})
}

// EstimateGas runs eth_estimateGas at the pending block.
func (c *Client) EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	return call(ctx, c, "estimate gas", func(ctx context.Context, ec *ethclient.Client) (uint64, error) {
		return ec.EstimateGasAtBlock(ctx, msg, big.NewInt(int64(rpc.PendingBlockNumber)))
	})
}

// PendingNonceAt returns the account's nonce counting pending transactions.
func (c *Client) PendingNonceAt(ctx context.Context, account common.Address) (uint64, error) {
	return call(ctx, c, "pending nonce", func(ctx context.Context, ec *ethclient.Client) (uint64, error) {
		return ec.PendingNonceAt(ctx, account)
	})
}

// NonceAt returns the account's nonce at a block (nil: latest).
func (c *Client) NonceAt(ctx context.Context, account common.Address, block *big.Int) (uint64, error) {
	return call(ctx, c, "nonce", func(ctx context.Context, ec *ethclient.Client) (uint64, error) {
		return ec.NonceAt(ctx, account, block)
	})
}

// BalanceAt returns the account's balance in wei at a block (nil: latest).
func (c *Client) BalanceAt(ctx context.Context, account common.Address, block *big.Int) (*big.Int, error) {
	return call(ctx, c, "balance", func(ctx context.Context, ec *ethclient.Client) (*big.Int, error) {
		return ec.BalanceAt(ctx, account, block)
	})
}

// CodeAt returns the code at an address at a block (nil: latest).
func (c *Client) CodeAt(ctx context.Context, account common.Address, block *big.Int) ([]byte, error) {
	return call(ctx, c, "code", func(ctx context.Context, ec *ethclient.Client) ([]byte, error) {
		return ec.CodeAt(ctx, account, block)
	})
}

// FeeHistory runs eth_feeHistory.
func (c *Client) FeeHistory(ctx context.Context, blocks uint64, last *big.Int, percentiles []float64) (*ethereum.FeeHistory, error) {
	return call(ctx, c, "fee history", func(ctx context.Context, ec *ethclient.Client) (*ethereum.FeeHistory, error) {
		return ec.FeeHistory(ctx, blocks, last, percentiles)
	})
}

// SendTransaction broadcasts a signed transaction through the public endpoints.
func (c *Client) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	_, err := call(ctx, c, "send transaction", func(ctx context.Context, ec *ethclient.Client) (struct{}, error) {
		return struct{}{}, ec.SendTransaction(ctx, tx)
	})
	return err
}

// TransactionByHash looks a transaction up in the pool or the chain.
func (c *Client) TransactionByHash(ctx context.Context, hash common.Hash) (*types.Transaction, bool, error) {
	type res struct {
		tx      *types.Transaction
		pending bool
	}
	r, err := call(ctx, c, "transaction by hash", func(ctx context.Context, ec *ethclient.Client) (res, error) {
		tx, pending, err := ec.TransactionByHash(ctx, hash)
		return res{tx, pending}, err
	})
	return r.tx, r.pending, err
}

// TransactionReceipt returns a mined transaction's receipt, with the L2 fee
// fields geth's types.Receipt does not carry.
func (c *Client) TransactionReceipt(ctx context.Context, hash common.Hash) (*Receipt, error) {
	var r *Receipt
	err := c.CallRPC(ctx, &r, "eth_getTransactionReceipt", hash)
	if err != nil {
		return nil, err
	}
	if r == nil {
		return nil, fmt.Errorf("evm %s: receipt %s: %w", c.opts.Venue, hash, ethereum.NotFound)
	}
	return r, nil
}

// CallRPC runs any JSON-RPC method with failover; result is decoded from the
// answer as by rpc.Client.CallContext.
func (c *Client) CallRPC(ctx context.Context, result any, method string, args ...any) error {
	_, err := call(ctx, c, method, func(ctx context.Context, ec *ethclient.Client) (struct{}, error) {
		return struct{}{}, ec.Client().CallContext(ctx, result, method, args...)
	})
	return err
}

// SubscribeNewHead subscribes to new heads on the first healthy endpoint that
// can (a WS URL or a Dial client). ctx bounds only the set-up.
func (c *Client) SubscribeNewHead(ctx context.Context, ch chan<- *types.Header) (ethereum.Subscription, error) {
	var errs []error
	for _, ep := range c.healthy() {
		ws, err := c.wsClient(ctx, ep)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", ep.name, err))
			continue
		}
		rctx, cancel := context.WithTimeout(ctx, c.opts.RequestTimeout)
		sub, err := ethclient.NewClient(ws).SubscribeNewHead(rctx, ch)
		cancel()
		if err == nil {
			return sub, nil
		}
		errs = append(errs, fmt.Errorf("%s: %w", ep.name, ep.scrub(err)))
	}
	if len(errs) == 0 {
		return nil, fmt.Errorf("evm %s: subscribe new heads: no healthy rpc endpoint: %w", c.opts.Venue, venues.ErrStale)
	}
	return nil, fmt.Errorf("evm %s: subscribe new heads: %w", c.opts.Venue, errors.Join(errs...))
}

func (c *Client) wsClient(ctx context.Context, ep *endpoint) (*rpc.Client, error) {
	c.mu.Lock()
	ws, hc := ep.ws, ep.http
	c.mu.Unlock()
	if ws != nil {
		return ws, nil
	}
	if hc == nil {
		return nil, errors.New("not connected")
	}
	rctx, cancel := context.WithTimeout(ctx, c.opts.RequestTimeout)
	defer cancel()
	ws, err := ep.dialWS(rctx, hc)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if ep.ws != nil {
		if ws != hc.Client() {
			ws.Close()
		}
		return ep.ws, nil
	}
	ep.ws = ws
	return ws, nil
}
