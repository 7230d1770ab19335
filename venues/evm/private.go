package evm

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// PrivateOptions routes transactions away from the public mempool (Ethereum
// mainnet). Set at most one of ProtectURL and BundleURL.
type PrivateOptions struct {
	// ProtectURL is a private RPC (e.g. a "protect" endpoint) that receives
	// eth_sendRawTransaction instead of the public endpoints.
	ProtectURL string
	// BundleURL is a relay accepting eth_sendBundle; each transaction goes out as
	// a one-transaction bundle for the next BundleBlocks blocks (default 3), and
	// BundleKey signs the request body in the X-Flashbots-Signature header. The
	// bundle key identifies us to the relay; it is not the trading key.
	BundleURL    string
	BundleKey    *ecdsa.PrivateKey
	BundleBlocks uint64
	// Timeout bounds one request (default 10s).
	Timeout time.Duration
	// HTTPClient is used for bundles (default http.DefaultClient).
	HTTPClient *http.Client
}

type privateSubmitter struct {
	opts PrivateOptions

	mu      sync.Mutex
	protect *ethclient.Client
}

func newPrivateSubmitter(o PrivateOptions) (*privateSubmitter, error) {
	switch {
	case o.ProtectURL == "" && o.BundleURL == "":
		return nil, nil
	case o.ProtectURL != "" && o.BundleURL != "":
		return nil, errors.New("private: set ProtectURL or BundleURL, not both")
	case o.BundleURL != "" && o.BundleKey == nil:
		return nil, errors.New("private: BundleURL needs BundleKey")
	}
	if o.BundleBlocks == 0 {
		o.BundleBlocks = 3
	}
	if o.Timeout <= 0 {
		o.Timeout = 10 * time.Second
	}
	if o.HTTPClient == nil {
		o.HTTPClient = http.DefaultClient
	}
	return &privateSubmitter{opts: o}, nil
}

// submit sends tx privately. For bundles it returns the last block targeted.
func (p *privateSubmitter) submit(ctx context.Context, c *Client, tx *types.Transaction) (uint64, error) {
	ctx, cancel := context.WithTimeout(ctx, p.opts.Timeout)
	defer cancel()
	if p.opts.ProtectURL != "" {
		pc, err := p.protectClient(ctx)
		if err != nil {
			return 0, err
		}
		if err := pc.SendTransaction(ctx, tx); err != nil {
			return 0, p.scrub(fmt.Errorf("private rpc %s: %w", RedactURL(p.opts.ProtectURL), err))
		}
		return 0, nil
	}
	head, err := c.BlockNumber(ctx)
	if err != nil {
		return 0, err
	}
	raw, err := tx.MarshalBinary()
	if err != nil {
		return 0, fmt.Errorf("bundle: encode tx: %w", err)
	}
	var last uint64
	for b := head + 1; b <= head+p.opts.BundleBlocks; b++ {
		if err := p.sendBundle(ctx, raw, b); err != nil {
			if last == 0 {
				return 0, err
			}
			break
		}
		last = b
	}
	return last, nil
}

func (p *privateSubmitter) protectClient(ctx context.Context) (*ethclient.Client, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.protect == nil {
		rc, err := rpc.DialContext(ctx, p.opts.ProtectURL)
		if err != nil {
			return nil, p.scrub(fmt.Errorf("private rpc %s: %w", RedactURL(p.opts.ProtectURL), err))
		}
		p.protect = ethclient.NewClient(rc)
	}
	return p.protect, nil
}

func (p *privateSubmitter) scrub(err error) error {
	e := &endpoint{secrets: []string{p.opts.ProtectURL, p.opts.BundleURL}}
	return e.scrub(err)
}

type bundleParams struct {
	Txs         []string `json:"txs"`
	BlockNumber string   `json:"blockNumber"`
}

// FlashbotsSignature is the X-Flashbots-Signature header for a request body:
// "<address>:<signature>", the signature being an EIP-191 personal-sign of the
// hex string of keccak256(body).
func FlashbotsSignature(body []byte, key *ecdsa.PrivateKey) (string, error) {
	digest := accounts.TextHash([]byte(crypto.Keccak256Hash(body).Hex()))
	sig, err := crypto.Sign(digest, key)
	if err != nil {
		return "", err
	}
	sig[64] += 27
	return crypto.PubkeyToAddress(key.PublicKey).Hex() + ":" + hexutil.Encode(sig), nil
}

func (p *privateSubmitter) sendBundle(ctx context.Context, raw []byte, block uint64) error {
	body, err := json.Marshal(map[string]any{
		"jsonrpc": "2.0", "id": 1, "method": "eth_sendBundle",
		"params": []bundleParams{{Txs: []string{hexutil.Encode(raw)}, BlockNumber: hexutil.EncodeUint64(block)}},
	})
	if err != nil {
		return err
	}
	sig, err := FlashbotsSignature(body, p.opts.BundleKey)
	if err != nil {
		return fmt.Errorf("bundle: sign: %w", err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.opts.BundleURL, bytes.NewReader(body))
	if err != nil {
		return p.scrub(fmt.Errorf("bundle: %w", err))
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Flashbots-Signature", sig)
	resp, err := p.opts.HTTPClient.Do(req)
	if err != nil {
		return p.scrub(fmt.Errorf("bundle relay %s: %w", RedactURL(p.opts.BundleURL), err))
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("bundle relay %s: http %d: %s", RedactURL(p.opts.BundleURL), resp.StatusCode, bytes.TrimSpace(b))
	}
	var out struct {
		Error *struct {
			Code    int    `json:"code"`
			Message string `json:"message"`
		} `json:"error"`
	}
	if err := json.Unmarshal(b, &out); err != nil {
		return fmt.Errorf("bundle relay %s: bad answer: %w", RedactURL(p.opts.BundleURL), err)
	}
	if out.Error != nil {
		return fmt.Errorf("bundle relay %s: %d %s", RedactURL(p.opts.BundleURL), out.Error.Code, out.Error.Message)
	}
	return nil
}

func (s *Sender) closePrivate() {
	if s.private == nil {
		return
	}
	s.private.mu.Lock()
	defer s.private.mu.Unlock()
	if s.private.protect != nil {
		s.private.protect.Close()
		s.private.protect = nil
	}
}

// Close releases the private RPC connection, if any.
func (s *Sender) Close() { s.closePrivate() }
