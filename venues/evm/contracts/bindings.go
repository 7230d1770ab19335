// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package contracts

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// UniswapV3PoolLensSnapshot is an auto generated low-level Go binding around an user-defined struct.
type UniswapV3PoolLensSnapshot struct {
	BlockNumber  *big.Int
	SqrtPriceX96 *big.Int
	Tick         *big.Int
	Liquidity    *big.Int
	TickSpacing  *big.Int
	Fee          *big.Int
	Token0       common.Address
	Token1       common.Address
	Next         *big.Int
	Done         bool
	Ticks        []UniswapV3PoolLensTick
}

// UniswapV3PoolLensTick is an auto generated low-level Go binding around an user-defined struct.
type UniswapV3PoolLensTick struct {
	Tick           *big.Int
	LiquidityGross *big.Int
	LiquidityNet   *big.Int
}

// TestERC20MetaData contains all meta data concerning the TestERC20 contract.
var TestERC20MetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"internalType\":\"uint8\",\"name\":\"decimals_\",\"type\":\"uint8\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "TestERC20",
	Bin: "0x60a060405234801561000f575f5ffd5b5060405161095538038061095583398101604081905261002e916100f2565b5f61003984826101fe565b50600161004683826101fe565b5060ff16608052506102bc9050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f830112610078575f5ffd5b81516001600160401b0381111561009157610091610055565b604051601f8201601f19908116603f011681016001600160401b03811182821017156100bf576100bf610055565b6040528181528382016020018510156100d6575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f5f5f60608486031215610104575f5ffd5b83516001600160401b03811115610119575f5ffd5b61012586828701610069565b602086015190945090506001600160401b03811115610142575f5ffd5b61014e86828701610069565b925050604084015160ff81168114610164575f5ffd5b809150509250925092565b600181811c9082168061018357607f821691505b6020821081036101a157634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156101f957828211156101f957805f5260205f20601f840160051c60208510156101d257505f5b90810190601f840160051c035f5b818110156101f5575f838201556001016101e0565b5050505b505050565b81516001600160401b0381111561021757610217610055565b61022b81610225845461016f565b846101a7565b6020601f82116001811461025d575f83156102465750848201515b5f19600385901b1c1916600184901b1784556102b5565b5f84815260208120601f198516915b8281101561028c578785015182556020948501946001909201910161026c565b50848210156102a957868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b6080516106816102d45f395f61010f01526106815ff3fe608060405234801561000f575f5ffd5b506004361061009b575f3560e01c806340c10f191161006357806340c10f191461014357806370a082311461015857806395d89b4114610177578063a9059cbb1461017f578063dd62ed3e14610192575f5ffd5b806306fdde031461009f578063095ea7b3146100bd57806318160ddd146100e057806323b872dd146100f7578063313ce5671461010a575b5f5ffd5b6100a76101bc565b6040516100b4919061050c565b60405180910390f35b6100d06100cb36600461055c565b610247565b60405190151581526020016100b4565b6100e960025481565b6040519081526020016100b4565b6100d0610105366004610584565b6102b3565b6101317f000000000000000000000000000000000000000000000000000000000000000081565b60405160ff90911681526020016100b4565b61015661015136600461055c565b61036e565b005b6100e96101663660046105be565b60036020525f908152604090205481565b6100a76103f4565b6100d061018d36600461055c565b610401565b6100e96101a03660046105de565b600460209081525f928352604080842090915290825290205481565b5f80546101c89061060f565b80601f01602080910402602001604051908101604052809291908181526020018280546101f49061060f565b801561023f5780601f106102165761010080835404028352916020019161023f565b820191905f5260205f20905b81548152906001019060200180831161022257829003601f168201915b505050505081565b335f8181526004602090815260408083206001600160a01b038716808552925280832085905551919290917f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925906102a19086815260200190565b60405180910390a35060015b92915050565b6001600160a01b0383165f9081526004602090815260408083203384529091528120545f198114610358578281101561032a5760405162461bcd60e51b81526020600482015260146024820152735465737445524332303a20616c6c6f77616e636560601b60448201526064015b60405180910390fd5b610334838261065b565b6001600160a01b0386165f9081526004602090815260408083203384529091529020555b610363858585610416565b506001949350505050565b8060025f82825461037f919061066e565b90915550506001600160a01b0382165f90815260036020526040812080548392906103ab90849061066e565b90915550506040518181526001600160a01b038316905f907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9060200160405180910390a35050565b600180546101c89061060f565b5f61040d338484610416565b50600192915050565b6001600160a01b0383165f90815260036020526040902054818110156104735760405162461bcd60e51b81526020600482015260126024820152715465737445524332303a2062616c616e636560701b6044820152606401610321565b61047d828261065b565b6001600160a01b038086165f9081526003602052604080822093909355908516815290812080548492906104b290849061066e565b92505081905550826001600160a01b0316846001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef846040516104fe91815260200190565b60405180910390a350505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b0381168114610557575f5ffd5b919050565b5f5f6040838503121561056d575f5ffd5b61057683610541565b946020939093013593505050565b5f5f5f60608486031215610596575f5ffd5b61059f84610541565b92506105ad60208501610541565b929592945050506040919091013590565b5f602082840312156105ce575f5ffd5b6105d782610541565b9392505050565b5f5f604083850312156105ef575f5ffd5b6105f883610541565b915061060660208401610541565b90509250929050565b600181811c9082168061062357607f821691505b60208210810361064157634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156102ad576102ad610647565b808201808211156102ad576102ad61064756",
}

// TestERC20 is an auto generated Go binding around an Ethereum contract.
type TestERC20 struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TestERC20) GetABI() abi.ABI {
	return c.abi
}

// NewTestERC20 creates a new instance of TestERC20.
func NewTestERC20() *TestERC20 {
	parsed, err := TestERC20MetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TestERC20{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TestERC20) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(string name_, string symbol_, uint8 decimals_) returns()
func (testERC20 *TestERC20) PackConstructor(name_ string, symbol_ string, decimals_ uint8) []byte {
	enc, err := testERC20.abi.Pack("", name_, symbol_, decimals_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (testERC20 *TestERC20) PackAllowance(arg0 common.Address, arg1 common.Address) []byte {
	enc, err := testERC20.abi.Pack("allowance", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (testERC20 *TestERC20) TryPackAllowance(arg0 common.Address, arg1 common.Address) ([]byte, error) {
	return testERC20.abi.Pack("allowance", arg0, arg1)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (testERC20 *TestERC20) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := testERC20.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (testERC20 *TestERC20) PackApprove(spender common.Address, amount *big.Int) []byte {
	enc, err := testERC20.abi.Pack("approve", spender, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (testERC20 *TestERC20) TryPackApprove(spender common.Address, amount *big.Int) ([]byte, error) {
	return testERC20.abi.Pack("approve", spender, amount)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (testERC20 *TestERC20) UnpackApprove(data []byte) (bool, error) {
	out, err := testERC20.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (testERC20 *TestERC20) PackBalanceOf(arg0 common.Address) []byte {
	enc, err := testERC20.abi.Pack("balanceOf", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (testERC20 *TestERC20) TryPackBalanceOf(arg0 common.Address) ([]byte, error) {
	return testERC20.abi.Pack("balanceOf", arg0)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (testERC20 *TestERC20) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := testERC20.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (testERC20 *TestERC20) PackDecimals() []byte {
	enc, err := testERC20.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (testERC20 *TestERC20) TryPackDecimals() ([]byte, error) {
	return testERC20.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (testERC20 *TestERC20) UnpackDecimals(data []byte) (uint8, error) {
	out, err := testERC20.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (testERC20 *TestERC20) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := testERC20.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (testERC20 *TestERC20) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return testERC20.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (testERC20 *TestERC20) PackName() []byte {
	enc, err := testERC20.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (testERC20 *TestERC20) TryPackName() ([]byte, error) {
	return testERC20.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (testERC20 *TestERC20) UnpackName(data []byte) (string, error) {
	out, err := testERC20.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (testERC20 *TestERC20) PackSymbol() []byte {
	enc, err := testERC20.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (testERC20 *TestERC20) TryPackSymbol() ([]byte, error) {
	return testERC20.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (testERC20 *TestERC20) UnpackSymbol(data []byte) (string, error) {
	out, err := testERC20.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (testERC20 *TestERC20) PackTotalSupply() []byte {
	enc, err := testERC20.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (testERC20 *TestERC20) TryPackTotalSupply() ([]byte, error) {
	return testERC20.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (testERC20 *TestERC20) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := testERC20.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (testERC20 *TestERC20) PackTransfer(to common.Address, amount *big.Int) []byte {
	enc, err := testERC20.abi.Pack("transfer", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (testERC20 *TestERC20) TryPackTransfer(to common.Address, amount *big.Int) ([]byte, error) {
	return testERC20.abi.Pack("transfer", to, amount)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (testERC20 *TestERC20) UnpackTransfer(data []byte) (bool, error) {
	out, err := testERC20.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (testERC20 *TestERC20) PackTransferFrom(from common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := testERC20.abi.Pack("transferFrom", from, to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (testERC20 *TestERC20) TryPackTransferFrom(from common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return testERC20.abi.Pack("transferFrom", from, to, amount)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (testERC20 *TestERC20) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := testERC20.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// TestERC20Approval represents a Approval event raised by the TestERC20 contract.
type TestERC20Approval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const TestERC20ApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (TestERC20Approval) ContractEventName() string {
	return TestERC20ApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (testERC20 *TestERC20) UnpackApprovalEvent(log *types.Log) (*TestERC20Approval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != testERC20.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TestERC20Approval)
	if len(log.Data) > 0 {
		if err := testERC20.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range testERC20.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TestERC20Transfer represents a Transfer event raised by the TestERC20 contract.
type TestERC20Transfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const TestERC20TransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (TestERC20Transfer) ContractEventName() string {
	return TestERC20TransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (testERC20 *TestERC20) UnpackTransferEvent(log *types.Log) (*TestERC20Transfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != testERC20.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TestERC20Transfer)
	if len(log.Data) > 0 {
		if err := testERC20.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range testERC20.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TestUniswapCallerMetaData contains all meta data concerning the TestUniswapCaller contract.
var TestUniswapCallerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount0Owed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount1Owed\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"uniswapV3MintCallback\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"amount0Delta\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"amount1Delta\",\"type\":\"int256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"uniswapV3SwapCallback\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pair\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"tokenIn\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amountIn\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount0Out\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount1Out\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"v2Swap\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"int24\",\"name\":\"tickLower\",\"type\":\"int24\"},{\"internalType\":\"int24\",\"name\":\"tickUpper\",\"type\":\"int24\"},{\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"v3Burn\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"amount0\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"amount1\",\"type\":\"uint128\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"int24\",\"name\":\"tickLower\",\"type\":\"int24\"},{\"internalType\":\"int24\",\"name\":\"tickUpper\",\"type\":\"int24\"},{\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"}],\"name\":\"v3Mint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount0\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount1\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"zeroForOne\",\"type\":\"bool\"},{\"internalType\":\"int256\",\"name\":\"amountSpecified\",\"type\":\"int256\"},{\"internalType\":\"uint160\",\"name\":\"sqrtPriceLimitX96\",\"type\":\"uint160\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"v3Swap\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"amount0\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"amount1\",\"type\":\"int256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "TestUniswapCaller",
	Bin: "0x6080604052348015600e575f5ffd5b50610bb48061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610060575f3560e01c8063817f3c0b14610064578063d348799714610091578063dd6aaa54146100a6578063f2c741ae146100b9578063fa461e33146100ec578063fad14117146100ff575b5f5ffd5b610077610072366004610846565b610112565b604080519283526020830191909152015b60405180910390f35b6100a461009f3660046108e0565b6101d4565b005b6100a46100b436600461092f565b6101e6565b6100cc6100c7366004610992565b61031f565b604080516001600160801b03938416815292909116602083015201610088565b6100a46100fa3660046108e0565b610442565b61007761010d366004610a08565b61046a565b5f80546001600160a01b0319166001600160a01b038616908117825560408051336020820152839291633c8a7d8d913091899189918991016040516020818303038152906040526040518663ffffffff1660e01b8152600401610179959493929190610a7c565b60408051808303815f875af1158015610194573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101b89190610ac8565b5f80546001600160a01b03191690559097909650945050505050565b6101e08484848461052d565b50505050565b6040516323b872dd60e01b81523360048201526001600160a01b038781166024830152604482018690528616906323b872dd906064016020604051808303815f875af1158015610238573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061025c9190610aea565b6102a65760405162461bcd60e51b815260206004820152601660248201527554657374556e697377617043616c6c65723a2070617960501b60448201526064015b60405180910390fd5b60405163022c0d9f60e01b815260048101849052602481018390526001600160a01b038281166044830152608060648301525f608483015287169063022c0d9f9060a4015f604051808303815f87803b158015610301575f5ffd5b505af1158015610313573d5f5f3e3d5ffd5b50505050505050505050565b60405163a34123a760e01b8152600285810b600483015284900b60248201526001600160801b03831660448201525f9081906001600160a01b0388169063a34123a79060640160408051808303815f875af1158015610380573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103a49190610ac8565b50506040516309e3d67b60e31b81526001600160a01b038481166004830152600288810b602484015287900b60448301526001600160801b03606483018190526084830152881690634f1eb3d89060a40160408051808303815f875af1158015610410573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104349190610b0c565b909890975095505050505050565b6101e05f8513610452575f610454565b845b5f8513610461575f610463565b845b848461052d565b5f80546001600160a01b0319166001600160a01b03871690811782556040805133602082015283929163128acb089186918a918a918a91016040516020818303038152906040526040518663ffffffff1660e01b81526004016104d1959493929190610b44565b60408051808303815f875af11580156104ec573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105109190610ac8565b5f80546001600160a01b0319169055909890975095505050505050565b5f546001600160a01b03163314801561054f57505f546001600160a01b031615155b61059b5760405162461bcd60e51b815260206004820152601b60248201527f54657374556e697377617043616c6c65723a2063616c6c6261636b0000000000604482015260640161029d565b5f6105a882840184610b7e565b905084156106d457336001600160a01b0316630dfe16816040518163ffffffff1660e01b8152600401602060405180830381865afa1580156105ec573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106109190610b99565b6040516323b872dd60e01b81526001600160a01b0383811660048301523360248301526044820188905291909116906323b872dd906064016020604051808303815f875af1158015610664573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106889190610aea565b6106d45760405162461bcd60e51b815260206004820152601760248201527f54657374556e697377617043616c6c65723a2070617930000000000000000000604482015260640161029d565b83156107fe57336001600160a01b031663d21220a76040518163ffffffff1660e01b8152600401602060405180830381865afa158015610716573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061073a9190610b99565b6040516323b872dd60e01b81526001600160a01b0383811660048301523360248301526044820187905291909116906323b872dd906064016020604051808303815f875af115801561078e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107b29190610aea565b6107fe5760405162461bcd60e51b815260206004820152601760248201527f54657374556e697377617043616c6c65723a2070617931000000000000000000604482015260640161029d565b5050505050565b6001600160a01b0381168114610819575f5ffd5b50565b8035600281900b811461082d575f5ffd5b919050565b6001600160801b0381168114610819575f5ffd5b5f5f5f5f60808587031215610859575f5ffd5b843561086481610805565b93506108726020860161081c565b92506108806040860161081c565b9150606085013561089081610832565b939692955090935050565b5f5f83601f8401126108ab575f5ffd5b50813567ffffffffffffffff8111156108c2575f5ffd5b6020830191508360208285010111156108d9575f5ffd5b9250929050565b5f5f5f5f606085870312156108f3575f5ffd5b8435935060208501359250604085013567ffffffffffffffff811115610917575f5ffd5b6109238782880161089b565b95989497509550505050565b5f5f5f5f5f5f60c08789031215610944575f5ffd5b863561094f81610805565b9550602087013561095f81610805565b945060408701359350606087013592506080870135915060a087013561098481610805565b809150509295509295509295565b5f5f5f5f5f60a086880312156109a6575f5ffd5b85356109b181610805565b94506109bf6020870161081c565b93506109cd6040870161081c565b925060608601356109dd81610832565b915060808601356109ed81610805565b809150509295509295909350565b8015158114610819575f5ffd5b5f5f5f5f5f60a08688031215610a1c575f5ffd5b8535610a2781610805565b94506020860135610a37816109fb565b93506040860135925060608601356109dd81610805565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60018060a01b03861681528460020b60208201528360020b60408201526001600160801b038316606082015260a060808201525f610abd60a0830184610a4e565b979650505050505050565b5f5f60408385031215610ad9575f5ffd5b505080516020909101519092909150565b5f60208284031215610afa575f5ffd5b8151610b05816109fb565b9392505050565b5f5f60408385031215610b1d575f5ffd5b8251610b2881610832565b6020840151909250610b3981610832565b809150509250929050565b6001600160a01b0386811682528515156020830152604082018590528316606082015260a0608082018190525f90610abd90830184610a4e565b5f60208284031215610b8e575f5ffd5b8135610b0581610805565b5f60208284031215610ba9575f5ffd5b8151610b058161080556",
}

// TestUniswapCaller is an auto generated Go binding around an Ethereum contract.
type TestUniswapCaller struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TestUniswapCaller) GetABI() abi.ABI {
	return c.abi
}

// NewTestUniswapCaller creates a new instance of TestUniswapCaller.
func NewTestUniswapCaller() *TestUniswapCaller {
	parsed, err := TestUniswapCallerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TestUniswapCaller{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TestUniswapCaller) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackUniswapV3MintCallback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd3487997.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function uniswapV3MintCallback(uint256 amount0Owed, uint256 amount1Owed, bytes data) returns()
func (testUniswapCaller *TestUniswapCaller) PackUniswapV3MintCallback(amount0Owed *big.Int, amount1Owed *big.Int, data []byte) []byte {
	enc, err := testUniswapCaller.abi.Pack("uniswapV3MintCallback", amount0Owed, amount1Owed, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUniswapV3MintCallback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd3487997.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function uniswapV3MintCallback(uint256 amount0Owed, uint256 amount1Owed, bytes data) returns()
func (testUniswapCaller *TestUniswapCaller) TryPackUniswapV3MintCallback(amount0Owed *big.Int, amount1Owed *big.Int, data []byte) ([]byte, error) {
	return testUniswapCaller.abi.Pack("uniswapV3MintCallback", amount0Owed, amount1Owed, data)
}

// PackUniswapV3SwapCallback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfa461e33.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function uniswapV3SwapCallback(int256 amount0Delta, int256 amount1Delta, bytes data) returns()
func (testUniswapCaller *TestUniswapCaller) PackUniswapV3SwapCallback(amount0Delta *big.Int, amount1Delta *big.Int, data []byte) []byte {
	enc, err := testUniswapCaller.abi.Pack("uniswapV3SwapCallback", amount0Delta, amount1Delta, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUniswapV3SwapCallback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfa461e33.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function uniswapV3SwapCallback(int256 amount0Delta, int256 amount1Delta, bytes data) returns()
func (testUniswapCaller *TestUniswapCaller) TryPackUniswapV3SwapCallback(amount0Delta *big.Int, amount1Delta *big.Int, data []byte) ([]byte, error) {
	return testUniswapCaller.abi.Pack("uniswapV3SwapCallback", amount0Delta, amount1Delta, data)
}

// PackV2Swap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd6aaa54.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function v2Swap(address pair, address tokenIn, uint256 amountIn, uint256 amount0Out, uint256 amount1Out, address to) returns()
func (testUniswapCaller *TestUniswapCaller) PackV2Swap(pair common.Address, tokenIn common.Address, amountIn *big.Int, amount0Out *big.Int, amount1Out *big.Int, to common.Address) []byte {
	enc, err := testUniswapCaller.abi.Pack("v2Swap", pair, tokenIn, amountIn, amount0Out, amount1Out, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackV2Swap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd6aaa54.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function v2Swap(address pair, address tokenIn, uint256 amountIn, uint256 amount0Out, uint256 amount1Out, address to) returns()
func (testUniswapCaller *TestUniswapCaller) TryPackV2Swap(pair common.Address, tokenIn common.Address, amountIn *big.Int, amount0Out *big.Int, amount1Out *big.Int, to common.Address) ([]byte, error) {
	return testUniswapCaller.abi.Pack("v2Swap", pair, tokenIn, amountIn, amount0Out, amount1Out, to)
}

// PackV3Burn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2c741ae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function v3Burn(address pool, int24 tickLower, int24 tickUpper, uint128 amount, address to) returns(uint128 amount0, uint128 amount1)
func (testUniswapCaller *TestUniswapCaller) PackV3Burn(pool common.Address, tickLower *big.Int, tickUpper *big.Int, amount *big.Int, to common.Address) []byte {
	enc, err := testUniswapCaller.abi.Pack("v3Burn", pool, tickLower, tickUpper, amount, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackV3Burn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2c741ae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function v3Burn(address pool, int24 tickLower, int24 tickUpper, uint128 amount, address to) returns(uint128 amount0, uint128 amount1)
func (testUniswapCaller *TestUniswapCaller) TryPackV3Burn(pool common.Address, tickLower *big.Int, tickUpper *big.Int, amount *big.Int, to common.Address) ([]byte, error) {
	return testUniswapCaller.abi.Pack("v3Burn", pool, tickLower, tickUpper, amount, to)
}

// V3BurnOutput serves as a container for the return parameters of contract
// method V3Burn.
type V3BurnOutput struct {
	Amount0 *big.Int
	Amount1 *big.Int
}

// UnpackV3Burn is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf2c741ae.
//
// Solidity: function v3Burn(address pool, int24 tickLower, int24 tickUpper, uint128 amount, address to) returns(uint128 amount0, uint128 amount1)
func (testUniswapCaller *TestUniswapCaller) UnpackV3Burn(data []byte) (V3BurnOutput, error) {
	out, err := testUniswapCaller.abi.Unpack("v3Burn", data)
	outstruct := new(V3BurnOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Amount0 = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Amount1 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackV3Mint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x817f3c0b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function v3Mint(address pool, int24 tickLower, int24 tickUpper, uint128 amount) returns(uint256 amount0, uint256 amount1)
func (testUniswapCaller *TestUniswapCaller) PackV3Mint(pool common.Address, tickLower *big.Int, tickUpper *big.Int, amount *big.Int) []byte {
	enc, err := testUniswapCaller.abi.Pack("v3Mint", pool, tickLower, tickUpper, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackV3Mint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x817f3c0b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function v3Mint(address pool, int24 tickLower, int24 tickUpper, uint128 amount) returns(uint256 amount0, uint256 amount1)
func (testUniswapCaller *TestUniswapCaller) TryPackV3Mint(pool common.Address, tickLower *big.Int, tickUpper *big.Int, amount *big.Int) ([]byte, error) {
	return testUniswapCaller.abi.Pack("v3Mint", pool, tickLower, tickUpper, amount)
}

// V3MintOutput serves as a container for the return parameters of contract
// method V3Mint.
type V3MintOutput struct {
	Amount0 *big.Int
	Amount1 *big.Int
}

// UnpackV3Mint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x817f3c0b.
//
// Solidity: function v3Mint(address pool, int24 tickLower, int24 tickUpper, uint128 amount) returns(uint256 amount0, uint256 amount1)
func (testUniswapCaller *TestUniswapCaller) UnpackV3Mint(data []byte) (V3MintOutput, error) {
	out, err := testUniswapCaller.abi.Unpack("v3Mint", data)
	outstruct := new(V3MintOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Amount0 = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Amount1 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackV3Swap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfad14117.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function v3Swap(address pool, bool zeroForOne, int256 amountSpecified, uint160 sqrtPriceLimitX96, address to) returns(int256 amount0, int256 amount1)
func (testUniswapCaller *TestUniswapCaller) PackV3Swap(pool common.Address, zeroForOne bool, amountSpecified *big.Int, sqrtPriceLimitX96 *big.Int, to common.Address) []byte {
	enc, err := testUniswapCaller.abi.Pack("v3Swap", pool, zeroForOne, amountSpecified, sqrtPriceLimitX96, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackV3Swap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfad14117.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function v3Swap(address pool, bool zeroForOne, int256 amountSpecified, uint160 sqrtPriceLimitX96, address to) returns(int256 amount0, int256 amount1)
func (testUniswapCaller *TestUniswapCaller) TryPackV3Swap(pool common.Address, zeroForOne bool, amountSpecified *big.Int, sqrtPriceLimitX96 *big.Int, to common.Address) ([]byte, error) {
	return testUniswapCaller.abi.Pack("v3Swap", pool, zeroForOne, amountSpecified, sqrtPriceLimitX96, to)
}

// V3SwapOutput serves as a container for the return parameters of contract
// method V3Swap.
type V3SwapOutput struct {
	Amount0 *big.Int
	Amount1 *big.Int
}

// UnpackV3Swap is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfad14117.
//
// Solidity: function v3Swap(address pool, bool zeroForOne, int256 amountSpecified, uint160 sqrtPriceLimitX96, address to) returns(int256 amount0, int256 amount1)
func (testUniswapCaller *TestUniswapCaller) UnpackV3Swap(data []byte) (V3SwapOutput, error) {
	out, err := testUniswapCaller.abi.Unpack("v3Swap", data)
	outstruct := new(V3SwapOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Amount0 = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Amount1 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// UniswapV3PoolLensMetaData contains all meta data concerning the UniswapV3PoolLens contract.
var UniswapV3PoolLensMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"int24\",\"name\":\"from\",\"type\":\"int24\"},{\"internalType\":\"uint256\",\"name\":\"maxTicks\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxWords\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"int24\",\"name\":\"from\",\"type\":\"int24\"},{\"internalType\":\"uint256\",\"name\":\"maxTicks\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxWords\",\"type\":\"uint256\"}],\"name\":\"snapshot\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"},{\"internalType\":\"uint160\",\"name\":\"sqrtPriceX96\",\"type\":\"uint160\"},{\"internalType\":\"int24\",\"name\":\"tick\",\"type\":\"int24\"},{\"internalType\":\"uint128\",\"name\":\"liquidity\",\"type\":\"uint128\"},{\"internalType\":\"int24\",\"name\":\"tickSpacing\",\"type\":\"int24\"},{\"internalType\":\"uint24\",\"name\":\"fee\",\"type\":\"uint24\"},{\"internalType\":\"address\",\"name\":\"token0\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token1\",\"type\":\"address\"},{\"internalType\":\"int24\",\"name\":\"next\",\"type\":\"int24\"},{\"internalType\":\"bool\",\"name\":\"done\",\"type\":\"bool\"},{\"components\":[{\"internalType\":\"int24\",\"name\":\"tick\",\"type\":\"int24\"},{\"internalType\":\"uint128\",\"name\":\"liquidityGross\",\"type\":\"uint128\"},{\"internalType\":\"int128\",\"name\":\"liquidityNet\",\"type\":\"int128\"}],\"internalType\":\"structUniswapV3PoolLens.Tick[]\",\"name\":\"ticks\",\"type\":\"tuple[]\"}],\"internalType\":\"structUniswapV3PoolLens.Snapshot\",\"name\":\"s\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "UniswapV3PoolLens",
	Bin: "0x608060405234801561000f575f5ffd5b50604051610b64380380610b6483398101604081905261002e91610690565b5f61003b85858585610064565b60405160200161004b9190610734565b6040516020818303038152906040529050805160208201f35b60408051610160810182525f6020820181905281830181905260608083018290526080830182905260a0830182905260c0830182905260e080840183905261010084018390526101208401929092526101408301524382528251633850c7bd60e01b81529251919287926001600160a01b03841692633850c7bd92600480820193918290030181865afa1580156100fd573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101219190610840565b5050505060029190910b6040808601919091526001600160a01b039283166020808701919091528151630d34328160e11b8152915193851693631a68650293506004808401938290030181865afa15801561017e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101a291906108e0565b6001600160801b03166060830152604080516334324e9f60e21b815290516001600160a01b0383169163d0c93a7c9160048083019260209291908290030181865afa1580156101f3573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906102179190610900565b60020b60808301526040805163ddca3f4360e01b815290516001600160a01b0383169163ddca3f439160048083019260209291908290030181865afa158015610262573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906102869190610919565b62ffffff1660a083015260408051630dfe168160e01b815290516001600160a01b03831691630dfe16819160048083019260209291908290030181865afa1580156102d3573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906102f7919061093b565b8260c001906001600160a01b031690816001600160a01b031681525050806001600160a01b031663d21220a76040518163ffffffff1660e01b8152600401602060405180830381865afa158015610350573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610374919061093b565b6001600160a01b031660e083015260808201515f61039682620d89e71961097e565b90506103a682620d89e7196109b6565b60020b156103bc57806103b8816109d7565b9150505b5f6103ca83620d89e861097e565b90505f8260020b8960020b126103e057886103e2565b825b90505f886001600160401b038111156103fd576103fd6109f8565b60405190808252806020026020018201604052801561044657816020015b604080516060810182525f80825260208083018290529282015282525f1990920191018161041b5790505b5090505f5f5b8460020b8460020b1315801561046157508a82105b801561046c57508981105b156106375760405163299ce14b60e11b8152600285900b60081d600181900b6004830152905f9060ff8716906001600160a01b038c1690635339c29690602401602060405180830381865afa1580156104c7573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104eb9190610a0c565b901c9050826104f981610a23565b9350505b801580159061050b57508c84105b1561060c5760018116156105f7575f6105248a88610a3b565b60405163f30dba9360e01b8152600282900b60048201529091505f9081906001600160a01b038e169063f30dba939060240161010060405180830381865afa158015610572573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105969190610a61565b5050505050509150915060405180606001604052808460020b8152602001836001600160801b0316815260200182600f0b8152508888806105d690610a23565b9950815181106105e8576105e8610b04565b60200260200101819052505050505b60011c8561060481610b18565b9650506104fd565b805f0361063057610621600183810b90610b38565b61062d90610100610a3b565b95505b505061044c565b508152610140870152600290810b610100870181905291900b1261012085015250919695505050505050565b6001600160a01b0381168114610677575f5ffd5b50565b8051600281900b811461068b575f5ffd5b919050565b5f5f5f5f608085870312156106a3575f5ffd5b84516106ae81610663565b93506106bc6020860161067a565b6040860151606090960151949790965092505050565b5f8151808452602084019350602083015f5b8281101561072a578151805160020b87526020808201516001600160801b031681890152604091820151600f0b91880191909152606090960195909101906001016106e4565b5093949350505050565b60208152815160208201525f602083015161075a60408401826001600160a01b03169052565b50604083015161076f606084018260020b9052565b5060608301516001600160801b038116608084015250608083015161079960a084018260020b9052565b5060a083015162ffffff811660c08401525060c08301516001600160a01b03811660e08401525060e08301516001600160a01b038116610100840152506101008301516107ec61012084018260020b9052565b5061012083015180151561014084015250610140830151610160808401526108186101808401826106d2565b949350505050565b805161ffff8116811461068b575f5ffd5b8051801515811461068b575f5ffd5b5f5f5f5f5f5f5f60e0888a031215610856575f5ffd5b875161086181610663565b965061086f6020890161067a565b955061087d60408901610820565b945061088b60608901610820565b935061089960808901610820565b925060a088015160ff811681146108ae575f5ffd5b91506108bc60c08901610831565b905092959891949750929550565b80516001600160801b038116811461068b575f5ffd5b5f602082840312156108f0575f5ffd5b6108f9826108ca565b9392505050565b5f60208284031215610910575f5ffd5b6108f98261067a565b5f60208284031215610929575f5ffd5b815162ffffff811681146108f9575f5ffd5b5f6020828403121561094b575f5ffd5b81516108f981610663565b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b5f8160020b8360020b8061099457610994610956565b627fffff1982145f19821416156109ad576109ad61096a565b90059392505050565b5f8260020b806109c8576109c8610956565b808360020b0791505092915050565b5f8160020b627fffff1981036109ef576109ef61096a565b5f190192915050565b634e487b7160e01b5f52604160045260245ffd5b5f60208284031215610a1c575f5ffd5b5051919050565b5f60018201610a3457610a3461096a565b5060010190565b5f8260020b8260020b028060020b9150808214610a5a57610a5a61096a565b5092915050565b5f5f5f5f5f5f5f5f610100898b031215610a79575f5ffd5b610a82896108ca565b9750602089015180600f0b8114610a97575f5ffd5b60408a015160608b015160808c01519299509097509550600681900b8114610abd575f5ffd5b60a08a0151909450610ace81610663565b60c08a015190935063ffffffff81168114610ae7575f5ffd5b9150610af560e08a01610831565b90509295985092959890939650565b634e487b7160e01b5f52603260045260245ffd5b5f8160020b627fffff8103610b2f57610b2f61096a565b60010192915050565b600281810b9083900b01627fffff8113627fffff1982121715610b5d57610b5d61096a565b9291505056fe",
}

// UniswapV3PoolLens is an auto generated Go binding around an Ethereum contract.
type UniswapV3PoolLens struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *UniswapV3PoolLens) GetABI() abi.ABI {
	return c.abi
}

// NewUniswapV3PoolLens creates a new instance of UniswapV3PoolLens.
func NewUniswapV3PoolLens() *UniswapV3PoolLens {
	parsed, err := UniswapV3PoolLensMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &UniswapV3PoolLens{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *UniswapV3PoolLens) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address pool, int24 from, uint256 maxTicks, uint256 maxWords) returns()
func (uniswapV3PoolLens *UniswapV3PoolLens) PackConstructor(pool common.Address, from *big.Int, maxTicks *big.Int, maxWords *big.Int) []byte {
	enc, err := uniswapV3PoolLens.abi.Pack("", pool, from, maxTicks, maxWords)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackSnapshot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf1f348a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function snapshot(address pool, int24 from, uint256 maxTicks, uint256 maxWords) view returns((uint256,uint160,int24,uint128,int24,uint24,address,address,int24,bool,(int24,uint128,int128)[]) s)
func (uniswapV3PoolLens *UniswapV3PoolLens) PackSnapshot(pool common.Address, from *big.Int, maxTicks *big.Int, maxWords *big.Int) []byte {
	enc, err := uniswapV3PoolLens.abi.Pack("snapshot", pool, from, maxTicks, maxWords)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSnapshot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf1f348a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function snapshot(address pool, int24 from, uint256 maxTicks, uint256 maxWords) view returns((uint256,uint160,int24,uint128,int24,uint24,address,address,int24,bool,(int24,uint128,int128)[]) s)
func (uniswapV3PoolLens *UniswapV3PoolLens) TryPackSnapshot(pool common.Address, from *big.Int, maxTicks *big.Int, maxWords *big.Int) ([]byte, error) {
	return uniswapV3PoolLens.abi.Pack("snapshot", pool, from, maxTicks, maxWords)
}

// UnpackSnapshot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf1f348a6.
//
// Solidity: function snapshot(address pool, int24 from, uint256 maxTicks, uint256 maxWords) view returns((uint256,uint160,int24,uint128,int24,uint24,address,address,int24,bool,(int24,uint128,int128)[]) s)
func (uniswapV3PoolLens *UniswapV3PoolLens) UnpackSnapshot(data []byte) (UniswapV3PoolLensSnapshot, error) {
	out, err := uniswapV3PoolLens.abi.Unpack("snapshot", data)
	if err != nil {
		return *new(UniswapV3PoolLensSnapshot), err
	}
	out0 := *abi.ConvertType(out[0], new(UniswapV3PoolLensSnapshot)).(*UniswapV3PoolLensSnapshot)
	return out0, nil
}
