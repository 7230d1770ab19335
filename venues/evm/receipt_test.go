package evm_test

import (
	"encoding/json"
	"testing"

	"github.com/navarb/navarb/venues/evm"
)

// receiptJSON is an eth_getTransactionReceipt answer with optional extra fields.
func receiptJSON(gasUsed, price, extra string) []byte {
	return []byte(`{"type":"0x2","status":"0x1","cumulativeGasUsed":"0x5208","logsBloom":"0x` + zeros(512) + `",
	"logs":[],"transactionHash":"0x` + zeros(62) + `01","contractAddress":null,"gasUsed":"` + gasUsed + `",
	"effectiveGasPrice":"` + price + `","blockHash":"0x` + zeros(62) + `02","blockNumber":"0x10","transactionIndex":"0x0"` + extra + `}`)
}

func zeros(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = '0'
	}
	return string(b)
}

func TestReceiptGasCost(t *testing.T) {
	for _, tc := range []struct {
		name    string
		kind    evm.L2Kind
		json    []byte
		want    string // wei
		wantErr bool
	}{
		// 21000 gas x 2 gwei.
		{"l1", evm.L1, receiptJSON("0x5208", "0x77359400", ""), "42000000000000", false},
		// Arbitrum: gasUsed (0x186a0 = 100000) already includes gasUsedForL1; price 0.01 gwei.
		{"arbitrum", evm.Arbitrum, receiptJSON("0x186a0", "0x989680", `,"gasUsedForL1":"0x7530","l1BlockNumber":"0x1"`), "1000000000000", false},
		// OP-stack: 50000 gas x 0.001 gwei + l1Fee 0x2386f26fc10000 (0.01 ETH).
		{"opstack", evm.OPStack, receiptJSON("0xc350", "0xf4240", `,"l1Fee":"0x2386f26fc10000","l1GasUsed":"0x640"`), "10000050000000000", false},
		// Blob gas: 21000 x 1 wei + 131072 blob gas x 3 wei.
		{"blob", evm.L1, receiptJSON("0x5208", "0x1", `,"blobGasUsed":"0x20000","blobGasPrice":"0x3"`), "414216", false},
		{"opstack without l1Fee", evm.OPStack, receiptJSON("0xc350", "0xf4240", ""), "", true},
		// An L1 chain ignores a stray l1Fee.
		{"l1 ignores l1Fee", evm.L1, receiptJSON("0x5208", "0x1", `,"l1Fee":"0x10"`), "21000", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var r evm.Receipt
			if err := json.Unmarshal(tc.json, &r); err != nil {
				t.Fatal(err)
			}
			got, err := r.GasCostWei(tc.kind)
			if tc.wantErr {
				if err == nil {
					t.Fatalf("got %s, want an error", got)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got.String() != tc.want {
				t.Fatalf("gas cost %s wei, want %s", got, tc.want)
			}
		})
	}
	var r evm.Receipt
	if err := json.Unmarshal(receiptJSON("0x186a0", "0x1", `,"gasUsedForL1":"0x7530"`), &r); err != nil || r.GasUsedForL1 != 30000 {
		t.Fatalf("GasUsedForL1 = %d (err %v), want 30000", r.GasUsedForL1, err)
	}
}
