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

// NavArbExecutorMetaData contains all meta data concerning the NavArbExecutor contract.
var NavArbExecutorMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"issuer\",\"type\":\"address\"}],\"name\":\"IssuerNotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"cost\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"MintCostAboveLimit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pair\",\"type\":\"address\"}],\"name\":\"PairMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"profit\",\"type\":\"int256\"},{\"internalType\":\"uint256\",\"name\":\"minProfit\",\"type\":\"uint256\"}],\"name\":\"ProfitBelowMinimum\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TokenCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnexpectedCallback\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"issuer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"IssuerAllowed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"issuer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"pair\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"quantity\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"quoteSpent\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"quoteReceived\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"profit\",\"type\":\"uint256\"}],\"name\":\"LoopExecuted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Swept\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BUY_AND_REDEEM\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MINT_AND_SELL\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"allowedIssuer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"issuer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"pair\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"quoteIn\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minProfit\",\"type\":\"uint256\"}],\"name\":\"buyAndRedeem\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"profit\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"issuer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"maxQuoteIn\",\"type\":\"uint256\"},{\"internalType\":\"uint160\",\"name\":\"sqrtPriceLimitX96\",\"type\":\"uint160\"},{\"internalType\":\"uint256\",\"name\":\"minProfit\",\"type\":\"uint256\"}],\"name\":\"buyAndRedeemV3\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"profit\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"issuer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"pair\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"quantity\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxQuoteIn\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minProfit\",\"type\":\"uint256\"}],\"name\":\"mintAndSell\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"profit\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"issuer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"maxQuantity\",\"type\":\"uint256\"},{\"internalType\":\"uint160\",\"name\":\"sqrtPriceLimitX96\",\"type\":\"uint160\"},{\"internalType\":\"uint256\",\"name\":\"maxQuoteIn\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minProfit\",\"type\":\"uint256\"}],\"name\":\"mintAndSellV3\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"profit\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"issuer\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setIssuer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"sweep\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"amount0Delta\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"amount1Delta\",\"type\":\"int256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"uniswapV3SwapCallback\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "NavArbExecutor",
	Bin: "0x60a060405234801561000f575f5ffd5b5033608052608051611b2b6100565f395f8181610150015281816101e3015281816104850152818161070a015281816108da0152818161097f0152610a6d0152611b2b5ff3fe608060405234801561000f575f5ffd5b50600436106100a6575f3560e01c806378c59d7d1161006e57806378c59d7d1461011e5780637c312727146101315780638da5cb5b1461014b578063d8819c111461018a578063e61703b814610192578063fa461e33146101c4575f5ffd5b806324edfaf3146100aa5780632b11f92c146100d05780633458e648146100e3578063495289be146100f657806362c067671461010b575b5f5ffd5b6100bd6100b83660046116a3565b6101d7565b6040519081526020015b60405180910390f35b6100bd6100de366004611704565b610479565b6100bd6100f1366004611751565b6106fe565b6101096101043660046117a1565b6108cf565b005b6101096101193660046117d8565b610974565b6100bd61012c366004611816565b610a61565b610139600181565b60405160ff90911681526020016100c7565b6101727f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100c7565b610139600281565b6101b46101a036600461186d565b5f6020819052908152604090205460ff1681565b60405190151581526020016100c7565b6101096101d236600461188f565b610c82565b5f336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610221576040516330cd747160e01b815260040160405180910390fd5b84158061023457506001600160ff1b0385115b1561025257604051631f2a200560e01b815260040160405180910390fd5b5f5f61025e8989610f9f565b6040516370a0823160e01b815230600482015291935091505f906001600160a01b038416906370a0823190602401602060405180830381865afa1580156102a7573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906102cb919061190b565b90508860015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055508960025f6101000a8154816001600160a01b0302191690836001600160a01b03160217905550856003819055505f5f8a6001600160a01b031663128acb0830868d8d6001604051602001610350919060ff91909116815260200190565b6040516020818303038152906040526040518663ffffffff1660e01b815260040161037f959493929190611922565b60408051808303815f875af115801561039a573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103be9190611985565b60048054600180546001600160a01b03199081169091556002805490911690555f60038190559182905592945090925080866103fb5783856103fe565b84845b9150915061040d88878c6111bc565b98508d6001600160a01b03168f6001600160a01b0316600160ff165f516020611b0b5f395f51905f52858786610442906119bb565b60408051938452602084019290925290820152606081018e905260800160405180910390a450505050505050509695505050505050565b5f336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146104c3576040516330cd747160e01b815260040160405180910390fd5b835f036104e357604051631f2a200560e01b815260040160405180910390fd5b5f5f6104ef8888610f9f565b6040516370a0823160e01b815230600482015291935091505f906001600160a01b038416906370a0823190602401602060405180830381865afa158015610538573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061055c919061190b565b60405163b3d7f6b960e01b8152600481018990529091505f906001600160a01b038b169063b3d7f6b9906024016040805180830381865afa1580156105a3573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105c79190611985565b509050868111156105fa5760405163052ee27f60e01b815260048101829052602481018890526044015b60405180910390fd5b610605848b8361129d565b60405163e7d3fe6b60e01b815260048101899052602481018290523060448201525f906001600160a01b038c169063e7d3fe6b906064016020604051808303815f875af1158015610658573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061067c919061190b565b9050610689858c5f61129d565b5f6106968b8d8c886112f3565b90506106a386858a6111bc565b604080518c815260208101859052908101839052606081018290529097506001600160a01b03808d1691908e16906001905f516020611b0b5f395f51905f52906080015b60405180910390a450505050505095945050505050565b5f336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610748576040516330cd747160e01b815260040160405180910390fd5b825f0361076857604051631f2a200560e01b815260040160405180910390fd5b5f5f6107748787610f9f565b6040516370a0823160e01b815230600482015291935091505f906001600160a01b038416906370a0823190602401602060405180830381865afa1580156107bd573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107e1919061190b565b90505f6107f188858986156112f3565b60405163049104e560e01b8152600481018290525f602482018190523060448301529192506001600160a01b038b169063049104e5906064016020604051808303815f875af1158015610846573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061086a919061190b565b90506108778584896111bc565b60408051848152602081018b9052908101839052606081018290529096506001600160a01b03808b1691908c16906002905f516020611b0b5f395f51905f529060800160405180910390a45050505050949350505050565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610918576040516330cd747160e01b815260040160405180910390fd5b6001600160a01b0382165f8181526020818152604091829020805460ff191685151590811790915591519182527fee8330a621934a2d57e910482108780840f4cd53c57ff858cf5f8e1cc08d6a94910160405180910390a25050565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146109bd576040516330cd747160e01b815260040160405180910390fd5b6040516001600160a01b038316602482015260448101829052610a0f9084906064015b60408051601f198184030181529190526020810180516001600160e01b031663a9059cbb60e01b17905261150f565b816001600160a01b0316836001600160a01b03167f7b09c29f9106defeccc9ac3b823f3aad0b470d120e5df7aed033b5c43a4bf71883604051610a5491815260200190565b60405180910390a3505050565b5f336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610aab576040516330cd747160e01b815260040160405180910390fd5b831580610abe57506001600160ff1b0384115b15610adc57604051631f2a200560e01b815260040160405180910390fd5b5f5f610ae88888610f9f565b6040516370a0823160e01b815230600482015291935091505f906001600160a01b038416906370a0823190602401602060405180830381865afa158015610b31573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b55919061190b565b600180546001600160a01b03808c166001600160a01b03199283161790925560028054928d169290911691909117905590505f80610b958a858b8b6115b9565b600180546001600160a01b031990811690915560028054909116905560405163049104e560e01b8152600481018390525f602482018190523060448301529294509092506001600160a01b038d169063049104e5906064016020604051808303815f875af1158015610c09573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610c2d919061190b565b9050610c3a86858a6111bc565b6040805185815260208101859052908101839052606081018290529097506001600160a01b03808d1691908e16906002905f516020611b0b5f395f51905f52906080016106e7565b6001546001600160a01b03163381141580610ca457506001600160a01b038116155b15610cc25760405163dab1e99360e01b815260040160405180910390fd5b5f5f5f8713610d315785836001600160a01b031663d21220a76040518163ffffffff1660e01b8152600401602060405180830381865afa158015610d08573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d2c91906119d5565b610d92565b86836001600160a01b0316630dfe16816040518163ffffffff1660e01b8152600401602060405180830381865afa158015610d6e573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d9291906119d5565b90925090506001610da5858701876119f0565b60ff1603610f6f576002546001600160a01b039081169082168114610ddd5760405163dab1e99360e01b815260040160405180910390fd5b5f816001600160a01b031663217a4b706040518163ffffffff1660e01b8152600401602060405180830381865afa158015610e1a573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e3e91906119d5565b60405163b3d7f6b960e01b8152600481018690529091505f906001600160a01b0384169063b3d7f6b9906024016040805180830381865afa158015610e85573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ea99190611985565b509050600354811115610edd5760035460405163052ee27f60e01b81526105f1918391600401918252602082015260400190565b610ee882848361129d565b60405163e7d3fe6b60e01b815260048101869052602481018290523060448201526001600160a01b0384169063e7d3fe6b906064016020604051808303815f875af1158015610f39573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610f5d919061190b565b600455610f6b82845f61129d565b5050505b6040516001600160a01b038416602482015260448101839052610f969082906064016109e0565b50505050505050565b6001600160a01b0382165f90815260208190526040812054819060ff16610fe457604051634cf8c1e360e11b81526001600160a01b03851660048201526024016105f1565b836001600160a01b031663217a4b706040518163ffffffff1660e01b8152600401602060405180830381865afa158015611020573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061104491906119d5565b91505f836001600160a01b0316630dfe16816040518163ffffffff1660e01b8152600401602060405180830381865afa158015611083573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906110a791906119d5565b90505f846001600160a01b031663d21220a76040518163ffffffff1660e01b8152600401602060405180830381865afa1580156110e6573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061110a91906119d5565b9050856001600160a01b0316826001600160a01b031614801561113e5750836001600160a01b0316816001600160a01b0316145b1561114f5750600191506111b59050565b836001600160a01b0316826001600160a01b03161480156111815750856001600160a01b0316816001600160a01b0316145b1561119157505f91506111b59050565b604051631a15d3e160e11b81526001600160a01b03861660048201526024016105f1565b9250929050565b6040516370a0823160e01b81523060048201525f9081906001600160a01b038616906370a0823190602401602060405180830381865afa158015611202573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611226919061190b565b90506112328385611a10565b81101561128a575f8482101561125a5761124c8286611a29565b611255906119bb565b611264565b6112648583611a29565b604051634cfb9d1960e01b815260048101829052602481018690529091506044016105f1565b6112948482611a29565b95945050505050565b6040516001600160a01b0383166024820152604481018290526112ee90849060640160408051601f198184030181529190526020810180516001600160e01b031663095ea7b360e01b17905261150f565b505050565b5f5f5f866001600160a01b0316630902f1ac6040518163ffffffff1660e01b8152600401606060405180830381865afa158015611332573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906113569190611a57565b50915091505f5f8561137b57826001600160701b0316846001600160701b0316611390565b836001600160701b0316836001600160701b03165b90925090505f6113a2886103e5611aa3565b9050806113b1846103e8611aa3565b6113bb9190611a10565b6113c58383611aa3565b6113cf9190611aba565b9550855f036113f157604051631f2a200560e01b815260040160405180910390fd5b6040516001600160a01b038b16602482015260448101899052611418908a906064016109e0565b86156114925760405163022c0d9f60e01b81525f60048201819052602482018890523060448301526080606483015260848201526001600160a01b038b169063022c0d9f9060a4015f604051808303815f87803b158015611477575f5ffd5b505af1158015611489573d5f5f3e3d5ffd5b50505050611502565b60405163022c0d9f60e01b8152600481018790525f602482018190523060448301526080606483015260848201526001600160a01b038b169063022c0d9f9060a4015f604051808303815f87803b1580156114eb575f5ffd5b505af11580156114fd573d5f5f3e3d5ffd5b505050505b5050505050949350505050565b5f5f836001600160a01b0316836040516115299190611ad9565b5f604051808303815f865af19150503d805f8114611562576040519150601f19603f3d011682016040523d82523d5f602084013e611567565b606091505b509150915081158061159557505f81511180156115955750808060200190518101906115939190611aef565b155b156115b357604051632e97737760e21b815260040160405180910390fd5b50505050565b5f5f5f5f876001600160a01b031663128acb08308915898960026040516020016115ec919060ff91909116815260200190565b6040516020818303038152906040526040518663ffffffff1660e01b815260040161161b959493929190611922565b60408051808303815f875af1158015611636573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061165a9190611985565b915091505f5f8861166c57828461166f565b83835b915091508161167d906119bb565b9a909950975050505050505050565b6001600160a01b03811681146116a0575f5ffd5b50565b5f5f5f5f5f5f60c087890312156116b8575f5ffd5b86356116c38161168c565b955060208701356116d38161168c565b94506040870135935060608701356116ea8161168c565b9598949750929560808101359460a0909101359350915050565b5f5f5f5f5f60a08688031215611718575f5ffd5b85356117238161168c565b945060208601356117338161168c565b94979496505050506040830135926060810135926080909101359150565b5f5f5f5f60808587031215611764575f5ffd5b843561176f8161168c565b9350602085013561177f8161168c565b93969395505050506040820135916060013590565b80151581146116a0575f5ffd5b5f5f604083850312156117b2575f5ffd5b82356117bd8161168c565b915060208301356117cd81611794565b809150509250929050565b5f5f5f606084860312156117ea575f5ffd5b83356117f58161168c565b925060208401356118058161168c565b929592945050506040919091013590565b5f5f5f5f5f60a0868803121561182a575f5ffd5b85356118358161168c565b945060208601356118458161168c565b935060408601359250606086013561185c8161168c565b949793965091946080013592915050565b5f6020828403121561187d575f5ffd5b81356118888161168c565b9392505050565b5f5f5f5f606085870312156118a2575f5ffd5b8435935060208501359250604085013567ffffffffffffffff8111156118c6575f5ffd5b8501601f810187136118d6575f5ffd5b803567ffffffffffffffff8111156118ec575f5ffd5b8760208284010111156118fd575f5ffd5b949793965060200194505050565b5f6020828403121561191b575f5ffd5b5051919050565b60018060a01b0386168152841515602082015283604082015260018060a01b038316606082015260a060808201525f82518060a0840152806020850160c085015e5f60c0828501015260c0601f19601f8301168401019150509695505050505050565b5f5f60408385031215611996575f5ffd5b505080516020909101519092909150565b634e487b7160e01b5f52601160045260245ffd5b5f600160ff1b82016119cf576119cf6119a7565b505f0390565b5f602082840312156119e5575f5ffd5b81516118888161168c565b5f60208284031215611a00575f5ffd5b813560ff81168114611888575f5ffd5b80820180821115611a2357611a236119a7565b92915050565b81810381811115611a2357611a236119a7565b80516001600160701b0381168114611a52575f5ffd5b919050565b5f5f5f60608486031215611a69575f5ffd5b611a7284611a3c565b9250611a8060208501611a3c565b9150604084015163ffffffff81168114611a98575f5ffd5b809150509250925092565b8082028115828204841417611a2357611a236119a7565b5f82611ad457634e487b7160e01b5f52601260045260245ffd5b500490565b5f82518060208501845e5f920191825250919050565b5f60208284031215611aff575f5ffd5b81516118888161179456fe78cb47b4ae1fb9f57201f16344b163428f359a68c9221c45886fe9064cc39549",
}

// NavArbExecutor is an auto generated Go binding around an Ethereum contract.
type NavArbExecutor struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *NavArbExecutor) GetABI() abi.ABI {
	return c.abi
}

// NewNavArbExecutor creates a new instance of NavArbExecutor.
func NewNavArbExecutor() *NavArbExecutor {
	parsed, err := NavArbExecutorMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &NavArbExecutor{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *NavArbExecutor) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackBUYANDREDEEM is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8819c11.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BUY_AND_REDEEM() view returns(uint8)
func (navArbExecutor *NavArbExecutor) PackBUYANDREDEEM() []byte {
	enc, err := navArbExecutor.abi.Pack("BUY_AND_REDEEM")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBUYANDREDEEM is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8819c11.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BUY_AND_REDEEM() view returns(uint8)
func (navArbExecutor *NavArbExecutor) TryPackBUYANDREDEEM() ([]byte, error) {
	return navArbExecutor.abi.Pack("BUY_AND_REDEEM")
}

// UnpackBUYANDREDEEM is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd8819c11.
//
// Solidity: function BUY_AND_REDEEM() view returns(uint8)
func (navArbExecutor *NavArbExecutor) UnpackBUYANDREDEEM(data []byte) (uint8, error) {
	out, err := navArbExecutor.abi.Unpack("BUY_AND_REDEEM", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMINTANDSELL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c312727.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MINT_AND_SELL() view returns(uint8)
func (navArbExecutor *NavArbExecutor) PackMINTANDSELL() []byte {
	enc, err := navArbExecutor.abi.Pack("MINT_AND_SELL")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINTANDSELL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c312727.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MINT_AND_SELL() view returns(uint8)
func (navArbExecutor *NavArbExecutor) TryPackMINTANDSELL() ([]byte, error) {
	return navArbExecutor.abi.Pack("MINT_AND_SELL")
}

// UnpackMINTANDSELL is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7c312727.
//
// Solidity: function MINT_AND_SELL() view returns(uint8)
func (navArbExecutor *NavArbExecutor) UnpackMINTANDSELL(data []byte) (uint8, error) {
	out, err := navArbExecutor.abi.Unpack("MINT_AND_SELL", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackAllowedIssuer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe61703b8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowedIssuer(address ) view returns(bool)
func (navArbExecutor *NavArbExecutor) PackAllowedIssuer(arg0 common.Address) []byte {
	enc, err := navArbExecutor.abi.Pack("allowedIssuer", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowedIssuer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe61703b8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowedIssuer(address ) view returns(bool)
func (navArbExecutor *NavArbExecutor) TryPackAllowedIssuer(arg0 common.Address) ([]byte, error) {
	return navArbExecutor.abi.Pack("allowedIssuer", arg0)
}

// UnpackAllowedIssuer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe61703b8.
//
// Solidity: function allowedIssuer(address ) view returns(bool)
func (navArbExecutor *NavArbExecutor) UnpackAllowedIssuer(data []byte) (bool, error) {
	out, err := navArbExecutor.abi.Unpack("allowedIssuer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBuyAndRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3458e648.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function buyAndRedeem(address issuer, address pair, uint256 quoteIn, uint256 minProfit) returns(uint256 profit)
func (navArbExecutor *NavArbExecutor) PackBuyAndRedeem(issuer common.Address, pair common.Address, quoteIn *big.Int, minProfit *big.Int) []byte {
	enc, err := navArbExecutor.abi.Pack("buyAndRedeem", issuer, pair, quoteIn, minProfit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBuyAndRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3458e648.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function buyAndRedeem(address issuer, address pair, uint256 quoteIn, uint256 minProfit) returns(uint256 profit)
func (navArbExecutor *NavArbExecutor) TryPackBuyAndRedeem(issuer common.Address, pair common.Address, quoteIn *big.Int, minProfit *big.Int) ([]byte, error) {
	return navArbExecutor.abi.Pack("buyAndRedeem", issuer, pair, quoteIn, minProfit)
}

// UnpackBuyAndRedeem is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3458e648.
//
// Solidity: function buyAndRedeem(address issuer, address pair, uint256 quoteIn, uint256 minProfit) returns(uint256 profit)
func (navArbExecutor *NavArbExecutor) UnpackBuyAndRedeem(data []byte) (*big.Int, error) {
	out, err := navArbExecutor.abi.Unpack("buyAndRedeem", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBuyAndRedeemV3 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x78c59d7d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function buyAndRedeemV3(address issuer, address pool, uint256 maxQuoteIn, uint160 sqrtPriceLimitX96, uint256 minProfit) returns(uint256 profit)
func (navArbExecutor *NavArbExecutor) PackBuyAndRedeemV3(issuer common.Address, pool common.Address, maxQuoteIn *big.Int, sqrtPriceLimitX96 *big.Int, minProfit *big.Int) []byte {
	enc, err := navArbExecutor.abi.Pack("buyAndRedeemV3", issuer, pool, maxQuoteIn, sqrtPriceLimitX96, minProfit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBuyAndRedeemV3 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x78c59d7d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function buyAndRedeemV3(address issuer, address pool, uint256 maxQuoteIn, uint160 sqrtPriceLimitX96, uint256 minProfit) returns(uint256 profit)
func (navArbExecutor *NavArbExecutor) TryPackBuyAndRedeemV3(issuer common.Address, pool common.Address, maxQuoteIn *big.Int, sqrtPriceLimitX96 *big.Int, minProfit *big.Int) ([]byte, error) {
	return navArbExecutor.abi.Pack("buyAndRedeemV3", issuer, pool, maxQuoteIn, sqrtPriceLimitX96, minProfit)
}

// UnpackBuyAndRedeemV3 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x78c59d7d.
//
// Solidity: function buyAndRedeemV3(address issuer, address pool, uint256 maxQuoteIn, uint160 sqrtPriceLimitX96, uint256 minProfit) returns(uint256 profit)
func (navArbExecutor *NavArbExecutor) UnpackBuyAndRedeemV3(data []byte) (*big.Int, error) {
	out, err := navArbExecutor.abi.Unpack("buyAndRedeemV3", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMintAndSell is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b11f92c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mintAndSell(address issuer, address pair, uint256 quantity, uint256 maxQuoteIn, uint256 minProfit) returns(uint256 profit)
func (navArbExecutor *NavArbExecutor) PackMintAndSell(issuer common.Address, pair common.Address, quantity *big.Int, maxQuoteIn *big.Int, minProfit *big.Int) []byte {
	enc, err := navArbExecutor.abi.Pack("mintAndSell", issuer, pair, quantity, maxQuoteIn, minProfit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMintAndSell is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b11f92c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mintAndSell(address issuer, address pair, uint256 quantity, uint256 maxQuoteIn, uint256 minProfit) returns(uint256 profit)
func (navArbExecutor *NavArbExecutor) TryPackMintAndSell(issuer common.Address, pair common.Address, quantity *big.Int, maxQuoteIn *big.Int, minProfit *big.Int) ([]byte, error) {
	return navArbExecutor.abi.Pack("mintAndSell", issuer, pair, quantity, maxQuoteIn, minProfit)
}

// UnpackMintAndSell is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2b11f92c.
//
// Solidity: function mintAndSell(address issuer, address pair, uint256 quantity, uint256 maxQuoteIn, uint256 minProfit) returns(uint256 profit)
func (navArbExecutor *NavArbExecutor) UnpackMintAndSell(data []byte) (*big.Int, error) {
	out, err := navArbExecutor.abi.Unpack("mintAndSell", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMintAndSellV3 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24edfaf3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mintAndSellV3(address issuer, address pool, uint256 maxQuantity, uint160 sqrtPriceLimitX96, uint256 maxQuoteIn, uint256 minProfit) returns(uint256 profit)
func (navArbExecutor *NavArbExecutor) PackMintAndSellV3(issuer common.Address, pool common.Address, maxQuantity *big.Int, sqrtPriceLimitX96 *big.Int, maxQuoteIn *big.Int, minProfit *big.Int) []byte {
	enc, err := navArbExecutor.abi.Pack("mintAndSellV3", issuer, pool, maxQuantity, sqrtPriceLimitX96, maxQuoteIn, minProfit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMintAndSellV3 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24edfaf3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mintAndSellV3(address issuer, address pool, uint256 maxQuantity, uint160 sqrtPriceLimitX96, uint256 maxQuoteIn, uint256 minProfit) returns(uint256 profit)
func (navArbExecutor *NavArbExecutor) TryPackMintAndSellV3(issuer common.Address, pool common.Address, maxQuantity *big.Int, sqrtPriceLimitX96 *big.Int, maxQuoteIn *big.Int, minProfit *big.Int) ([]byte, error) {
	return navArbExecutor.abi.Pack("mintAndSellV3", issuer, pool, maxQuantity, sqrtPriceLimitX96, maxQuoteIn, minProfit)
}

// UnpackMintAndSellV3 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24edfaf3.
//
// Solidity: function mintAndSellV3(address issuer, address pool, uint256 maxQuantity, uint160 sqrtPriceLimitX96, uint256 maxQuoteIn, uint256 minProfit) returns(uint256 profit)
func (navArbExecutor *NavArbExecutor) UnpackMintAndSellV3(data []byte) (*big.Int, error) {
	out, err := navArbExecutor.abi.Unpack("mintAndSellV3", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (navArbExecutor *NavArbExecutor) PackOwner() []byte {
	enc, err := navArbExecutor.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (navArbExecutor *NavArbExecutor) TryPackOwner() ([]byte, error) {
	return navArbExecutor.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (navArbExecutor *NavArbExecutor) UnpackOwner(data []byte) (common.Address, error) {
	out, err := navArbExecutor.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSetIssuer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x495289be.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setIssuer(address issuer, bool allowed) returns()
func (navArbExecutor *NavArbExecutor) PackSetIssuer(issuer common.Address, allowed bool) []byte {
	enc, err := navArbExecutor.abi.Pack("setIssuer", issuer, allowed)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetIssuer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x495289be.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setIssuer(address issuer, bool allowed) returns()
func (navArbExecutor *NavArbExecutor) TryPackSetIssuer(issuer common.Address, allowed bool) ([]byte, error) {
	return navArbExecutor.abi.Pack("setIssuer", issuer, allowed)
}

// PackSweep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62c06767.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sweep(address token, address to, uint256 amount) returns()
func (navArbExecutor *NavArbExecutor) PackSweep(token common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := navArbExecutor.abi.Pack("sweep", token, to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSweep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62c06767.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sweep(address token, address to, uint256 amount) returns()
func (navArbExecutor *NavArbExecutor) TryPackSweep(token common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return navArbExecutor.abi.Pack("sweep", token, to, amount)
}

// PackUniswapV3SwapCallback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfa461e33.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function uniswapV3SwapCallback(int256 amount0Delta, int256 amount1Delta, bytes data) returns()
func (navArbExecutor *NavArbExecutor) PackUniswapV3SwapCallback(amount0Delta *big.Int, amount1Delta *big.Int, data []byte) []byte {
	enc, err := navArbExecutor.abi.Pack("uniswapV3SwapCallback", amount0Delta, amount1Delta, data)
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
func (navArbExecutor *NavArbExecutor) TryPackUniswapV3SwapCallback(amount0Delta *big.Int, amount1Delta *big.Int, data []byte) ([]byte, error) {
	return navArbExecutor.abi.Pack("uniswapV3SwapCallback", amount0Delta, amount1Delta, data)
}

// NavArbExecutorIssuerAllowed represents a IssuerAllowed event raised by the NavArbExecutor contract.
type NavArbExecutorIssuerAllowed struct {
	Issuer  common.Address
	Allowed bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const NavArbExecutorIssuerAllowedEventName = "IssuerAllowed"

// ContractEventName returns the user-defined event name.
func (NavArbExecutorIssuerAllowed) ContractEventName() string {
	return NavArbExecutorIssuerAllowedEventName
}

// UnpackIssuerAllowedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event IssuerAllowed(address indexed issuer, bool allowed)
func (navArbExecutor *NavArbExecutor) UnpackIssuerAllowedEvent(log *types.Log) (*NavArbExecutorIssuerAllowed, error) {
	event := "IssuerAllowed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != navArbExecutor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NavArbExecutorIssuerAllowed)
	if len(log.Data) > 0 {
		if err := navArbExecutor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range navArbExecutor.abi.Events[event].Inputs {
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

// NavArbExecutorLoopExecuted represents a LoopExecuted event raised by the NavArbExecutor contract.
type NavArbExecutorLoopExecuted struct {
	Kind          uint8
	Issuer        common.Address
	Pair          common.Address
	Quantity      *big.Int
	QuoteSpent    *big.Int
	QuoteReceived *big.Int
	Profit        *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const NavArbExecutorLoopExecutedEventName = "LoopExecuted"

// ContractEventName returns the user-defined event name.
func (NavArbExecutorLoopExecuted) ContractEventName() string {
	return NavArbExecutorLoopExecutedEventName
}

// UnpackLoopExecutedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LoopExecuted(uint8 indexed kind, address indexed issuer, address indexed pair, uint256 quantity, uint256 quoteSpent, uint256 quoteReceived, uint256 profit)
func (navArbExecutor *NavArbExecutor) UnpackLoopExecutedEvent(log *types.Log) (*NavArbExecutorLoopExecuted, error) {
	event := "LoopExecuted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != navArbExecutor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NavArbExecutorLoopExecuted)
	if len(log.Data) > 0 {
		if err := navArbExecutor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range navArbExecutor.abi.Events[event].Inputs {
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

// NavArbExecutorSwept represents a Swept event raised by the NavArbExecutor contract.
type NavArbExecutorSwept struct {
	Token  common.Address
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const NavArbExecutorSweptEventName = "Swept"

// ContractEventName returns the user-defined event name.
func (NavArbExecutorSwept) ContractEventName() string {
	return NavArbExecutorSweptEventName
}

// UnpackSweptEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Swept(address indexed token, address indexed to, uint256 amount)
func (navArbExecutor *NavArbExecutor) UnpackSweptEvent(log *types.Log) (*NavArbExecutorSwept, error) {
	event := "Swept"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != navArbExecutor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NavArbExecutorSwept)
	if len(log.Data) > 0 {
		if err := navArbExecutor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range navArbExecutor.abi.Events[event].Inputs {
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

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (navArbExecutor *NavArbExecutor) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], navArbExecutor.abi.Errors["IssuerNotAllowed"].ID.Bytes()[:4]) {
		return navArbExecutor.UnpackIssuerNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], navArbExecutor.abi.Errors["MintCostAboveLimit"].ID.Bytes()[:4]) {
		return navArbExecutor.UnpackMintCostAboveLimitError(raw[4:])
	}
	if bytes.Equal(raw[:4], navArbExecutor.abi.Errors["NotOwner"].ID.Bytes()[:4]) {
		return navArbExecutor.UnpackNotOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], navArbExecutor.abi.Errors["PairMismatch"].ID.Bytes()[:4]) {
		return navArbExecutor.UnpackPairMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], navArbExecutor.abi.Errors["ProfitBelowMinimum"].ID.Bytes()[:4]) {
		return navArbExecutor.UnpackProfitBelowMinimumError(raw[4:])
	}
	if bytes.Equal(raw[:4], navArbExecutor.abi.Errors["TokenCall"].ID.Bytes()[:4]) {
		return navArbExecutor.UnpackTokenCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], navArbExecutor.abi.Errors["UnexpectedCallback"].ID.Bytes()[:4]) {
		return navArbExecutor.UnpackUnexpectedCallbackError(raw[4:])
	}
	if bytes.Equal(raw[:4], navArbExecutor.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return navArbExecutor.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// NavArbExecutorIssuerNotAllowed represents a IssuerNotAllowed error raised by the NavArbExecutor contract.
type NavArbExecutorIssuerNotAllowed struct {
	Issuer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IssuerNotAllowed(address issuer)
func NavArbExecutorIssuerNotAllowedErrorID() common.Hash {
	return common.HexToHash("0x99f183c64eed5b8959587e122cdccce395a7380d1979b31b31ed9582f55b5184")
}

// UnpackIssuerNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IssuerNotAllowed(address issuer)
func (navArbExecutor *NavArbExecutor) UnpackIssuerNotAllowedError(raw []byte) (*NavArbExecutorIssuerNotAllowed, error) {
	out := new(NavArbExecutorIssuerNotAllowed)
	if err := navArbExecutor.abi.UnpackIntoInterface(out, "IssuerNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NavArbExecutorMintCostAboveLimit represents a MintCostAboveLimit error raised by the NavArbExecutor contract.
type NavArbExecutorMintCostAboveLimit struct {
	Cost  *big.Int
	Limit *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MintCostAboveLimit(uint256 cost, uint256 limit)
func NavArbExecutorMintCostAboveLimitErrorID() common.Hash {
	return common.HexToHash("0x052ee27f045867856f4bb58e005d54b543322d1f0100258f176ae70dbf04efc9")
}

// UnpackMintCostAboveLimitError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MintCostAboveLimit(uint256 cost, uint256 limit)
func (navArbExecutor *NavArbExecutor) UnpackMintCostAboveLimitError(raw []byte) (*NavArbExecutorMintCostAboveLimit, error) {
	out := new(NavArbExecutorMintCostAboveLimit)
	if err := navArbExecutor.abi.UnpackIntoInterface(out, "MintCostAboveLimit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NavArbExecutorNotOwner represents a NotOwner error raised by the NavArbExecutor contract.
type NavArbExecutorNotOwner struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwner()
func NavArbExecutorNotOwnerErrorID() common.Hash {
	return common.HexToHash("0x30cd74712f59d478562d48e2d35de830db72c60a63dd08ae59199eec990b5bc4")
}

// UnpackNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwner()
func (navArbExecutor *NavArbExecutor) UnpackNotOwnerError(raw []byte) (*NavArbExecutorNotOwner, error) {
	out := new(NavArbExecutorNotOwner)
	if err := navArbExecutor.abi.UnpackIntoInterface(out, "NotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NavArbExecutorPairMismatch represents a PairMismatch error raised by the NavArbExecutor contract.
type NavArbExecutorPairMismatch struct {
	Pair common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PairMismatch(address pair)
func NavArbExecutorPairMismatchErrorID() common.Hash {
	return common.HexToHash("0x342ba7c2f5e806baac767822a80d85d3466b0b340a6b4bedd04bd0b45a611ec3")
}

// UnpackPairMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PairMismatch(address pair)
func (navArbExecutor *NavArbExecutor) UnpackPairMismatchError(raw []byte) (*NavArbExecutorPairMismatch, error) {
	out := new(NavArbExecutorPairMismatch)
	if err := navArbExecutor.abi.UnpackIntoInterface(out, "PairMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NavArbExecutorProfitBelowMinimum represents a ProfitBelowMinimum error raised by the NavArbExecutor contract.
type NavArbExecutorProfitBelowMinimum struct {
	Profit    *big.Int
	MinProfit *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProfitBelowMinimum(int256 profit, uint256 minProfit)
func NavArbExecutorProfitBelowMinimumErrorID() common.Hash {
	return common.HexToHash("0x4cfb9d19b76615e32d0ab5e90c85ec152649ac5290c276c98ec48573e598e1e3")
}

// UnpackProfitBelowMinimumError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProfitBelowMinimum(int256 profit, uint256 minProfit)
func (navArbExecutor *NavArbExecutor) UnpackProfitBelowMinimumError(raw []byte) (*NavArbExecutorProfitBelowMinimum, error) {
	out := new(NavArbExecutorProfitBelowMinimum)
	if err := navArbExecutor.abi.UnpackIntoInterface(out, "ProfitBelowMinimum", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NavArbExecutorTokenCall represents a TokenCall error raised by the NavArbExecutor contract.
type NavArbExecutorTokenCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenCall()
func NavArbExecutorTokenCallErrorID() common.Hash {
	return common.HexToHash("0xba5dcddcf9afffe9ec685a5d2e4023a0d5d5133f91394d6f25666103740325c6")
}

// UnpackTokenCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenCall()
func (navArbExecutor *NavArbExecutor) UnpackTokenCallError(raw []byte) (*NavArbExecutorTokenCall, error) {
	out := new(NavArbExecutorTokenCall)
	if err := navArbExecutor.abi.UnpackIntoInterface(out, "TokenCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NavArbExecutorUnexpectedCallback represents a UnexpectedCallback error raised by the NavArbExecutor contract.
type NavArbExecutorUnexpectedCallback struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnexpectedCallback()
func NavArbExecutorUnexpectedCallbackErrorID() common.Hash {
	return common.HexToHash("0xdab1e9930178f2720ea27a937974f4d903c2c6955a477fb2fadc264e50c0d56c")
}

// UnpackUnexpectedCallbackError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnexpectedCallback()
func (navArbExecutor *NavArbExecutor) UnpackUnexpectedCallbackError(raw []byte) (*NavArbExecutorUnexpectedCallback, error) {
	out := new(NavArbExecutorUnexpectedCallback)
	if err := navArbExecutor.abi.UnpackIntoInterface(out, "UnexpectedCallback", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NavArbExecutorZeroAmount represents a ZeroAmount error raised by the NavArbExecutor contract.
type NavArbExecutorZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func NavArbExecutorZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (navArbExecutor *NavArbExecutor) UnpackZeroAmountError(raw []byte) (*NavArbExecutorZeroAmount, error) {
	out := new(NavArbExecutorZeroAmount)
	if err := navArbExecutor.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NavLeveragedTokenMetaData contains all meta data concerning the NavLeveragedToken contract.
var NavLeveragedTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"collateralToken_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"quoteToken_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"feed_\",\"type\":\"address\"},{\"internalType\":\"uint256[4]\",\"name\":\"bands\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[3]\",\"name\":\"fees\",\"type\":\"uint256[3]\"},{\"internalType\":\"uint256\",\"name\":\"maxPriceAge_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AlreadyBootstrapped\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadParameter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leverage\",\"type\":\"uint256\"}],\"name\":\"BelowRipcord\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Insolvent\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"IsPaused\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotBootstrapped\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotKeeper\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"ReserveShort\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"Slippage\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"age\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxAge\",\"type\":\"uint256\"}],\"name\":\"StalePrice\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TokenTransfer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leverage\",\"type\":\"uint256\"}],\"name\":\"WithinBands\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroQuantity\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"minLeverage\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"targetLeverage\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"maxLeverage\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"ripcordLeverage\",\"type\":\"uint256\"}],\"name\":\"BandsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"feeRecipient\",\"type\":\"address\"}],\"name\":\"FeeRecipientSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"mintFeeBps\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"redeemFeeBps\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"streamingFeeRate\",\"type\":\"uint256\"}],\"name\":\"FeesSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"keeper\",\"type\":\"address\"}],\"name\":\"KeeperSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"maxPriceAge\",\"type\":\"uint256\"}],\"name\":\"MaxPriceAgeSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"quantity\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"collateralAdded\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"debtAdded\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"quoteIn\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"name\":\"Minted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"paused\",\"type\":\"bool\"}],\"name\":\"PausedSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"ripcord\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"leverageBefore\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"leverageAfter\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"collateral\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"debt\",\"type\":\"uint256\"}],\"name\":\"Rebalanced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"quantity\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"collateralRemoved\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"debtRepaid\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"quoteOut\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"name\":\"Redeemed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"collateralUnits\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"quoteUnits\",\"type\":\"uint256\"}],\"name\":\"ReserveFunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"collateralUnits\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"quoteUnits\",\"type\":\"uint256\"}],\"name\":\"ReserveWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"feeTokens\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"elapsed\",\"type\":\"uint256\"}],\"name\":\"StreamingFeeAccrued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_STREAMING_FEE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TRADE_FEE_BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"accrueStreamingFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"quantity\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"collateralUnits\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"debtUnits\",\"type\":\"uint256\"}],\"name\":\"bootstrap\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"collateral\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"collateralToken\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"debt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"effectiveSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"equity\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeRecipient\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feed\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"collateralUnits\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"quoteUnits\",\"type\":\"uint256\"}],\"name\":\"fundReserve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"keeper\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastFeeAccrual\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"leverage\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxLeverage\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxPriceAge\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minLeverage\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"quantity\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxQuoteIn\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"mint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"quoteIn\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"mintFeeBps\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nav\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bool\",\"name\":\"on\",\"type\":\"bool\"}],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingStreamingFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"quantity\",\"type\":\"uint256\"}],\"name\":\"previewMint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"quoteIn\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"quantity\",\"type\":\"uint256\"}],\"name\":\"previewRedeem\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"quoteOut\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"price\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"quoteToken\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rebalance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"quantity\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minQuoteOut\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"redeem\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"quoteOut\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"redeemFeeBps\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reserveCollateral\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ripcord\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ripcordLeverage\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"min_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"target_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"ripcord_\",\"type\":\"uint256\"}],\"name\":\"setBands\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"setFeeRecipient\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"mintFeeBps_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"redeemFeeBps_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"streamingFeeRate_\",\"type\":\"uint256\"}],\"name\":\"setFees\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"keeper_\",\"type\":\"address\"}],\"name\":\"setKeeper\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"age\",\"type\":\"uint256\"}],\"name\":\"setMaxPriceAge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"shouldRebalance\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"streamingFeeRate\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"targetLeverage\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"collateralUnits\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"quoteUnits\",\"type\":\"uint256\"}],\"name\":\"withdrawReserve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "NavLeveragedToken",
	Bin: "0x60e060405234801561000f575f5ffd5b5060405161290638038061290683398101604081905261002e91610376565b5f61003989826104d8565b50600161004688826104d8565b506001600160a01b0386811660805285811660a052841660c05260058054336001600160a01b031991821681179092556006805482168317905560078054909116909117905542600d5582516020840151604085015160608601516100ad939291906100d4565b8151602083015160408401516100c4929190610183565b6012555061059695505050505050565b83670de0b6b3a7640000111580156100ec5750828411155b80156100f85750818311155b80156101045750808211155b61012157604051634762470b60e11b815260040160405180910390fd5b600e849055600f839055601082905560118190556040805185815260208101859052908101839052606081018290527f524fa34b17abbc88c2af0107d895a0c59b1b3721f5bbf0098679bb7d2c5546619060800160405180910390a150505050565b6101f483118061019457506101f482115b806101a6575067016345785d8a000081115b156101c457604051634762470b60e11b815260040160405180910390fd5b600a839055600b829055600c81905560408051848152602081018490529081018290527f01bae858246c904512695a3f6d48ab88abb7a0192fdd7c53b043e60317795f459060600160405180910390a1505050565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b038111828210171561025557610255610219565b604052919050565b5f82601f83011261026c575f5ffd5b81516001600160401b0381111561028557610285610219565b610298601f8201601f191660200161022d565b8181528460208386010111156102ac575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b80516001600160a01b03811681146102de575f5ffd5b919050565b5f6102ee608061022d565b9050806080830184811115610301575f5ffd5b835b8181101561031b578051835260209283019201610303565b50505092915050565b5f82601f830112610333575f5ffd5b5f61033e606061022d565b9050806060840185811115610351575f5ffd5b845b8181101561036b578051835260209283019201610353565b509195945050505050565b5f5f5f5f5f5f5f5f6101a0898b03121561038e575f5ffd5b88516001600160401b038111156103a3575f5ffd5b6103af8b828c0161025d565b60208b015190995090506001600160401b038111156103cc575f5ffd5b6103d88b828c0161025d565b9750506103e760408a016102c8565b95506103f560608a016102c8565b945061040360808a016102c8565b93508960bf8a0112610413575f5ffd5b6104208a60a08b016102e3565b92506104308a6101208b01610324565b6101809990990151979a96995094979396929591945050565b600181811c9082168061045d57607f821691505b60208210810361047b57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156104d357828211156104d357805f5260205f20601f840160051c60208510156104ac57505f5b90810190601f840160051c035f5b818110156104cf575f838201556001016104ba565b5050505b505050565b81516001600160401b038111156104f1576104f1610219565b610505816104ff8454610449565b84610481565b6020601f821160018114610537575f83156105205750848201515b5f19600385901b1c1916600184901b17845561058f565b5f84815260208120601f198516915b828110156105665787850151825560209485019460019092019101610546565b508482101561058357868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b60805160a05160c0516122f26106145f395f8181610452015261108101525f81816103cb015281816107d6015281816108c6015281816108fb01528181610bb8015281816113cc0152818161140b01528181611507015261166601525f81816105cd01528181610b8701528181610d4401526114d501526122f25ff3fe608060405234801561000f575f5ffd5b5060043610610319575f3560e01c80637d7c2a1c116101af578063ae3302c2116100fe578063d6c946ea1161009e578063e74b981b11610079578063e74b981b1461066a578063e7d3fe6b1461067d578063ed495d1714610690578063ee01e6f5146106a3575f5ffd5b8063d6c946ea1461062e578063d8dfeb4514610637578063dd62ed3e14610640575f5ffd5b8063bc0bdf50116100d9578063bc0bdf5014610602578063c1590cd71461060b578063cec10c1114610613578063d68bd03114610626575f5ffd5b8063ae3302c2146105bf578063b2016bd4146105c8578063b3d7f6b9146105ef575f5ffd5b806395d89b4111610169578063a035b1fe11610144578063a035b1fe14610589578063a9059cbb14610591578063aced1661146105a4578063ae2c1d5f146105b7575f5ffd5b806395d89b411461056f57806397c8bcc1146105775780639da3b36514610580575f5ffd5b80637d7c2a1c146105295780637fffca39146105315780638853505f146105395780638da5cb5b1461054c5780638fc470931461055f57806391a0ac6a14610567575f5ffd5b80632c86d98e1161026b57806356447ce811610225578063623a8fde11610200578063623a8fde146104e757806370a08231146104ef578063748747e61461050e5780637a99332714610521575f5ffd5b806356447ce8146104be5780635b632360146104d15780635c975abb146104da575f5ffd5b80632c86d98e1461042b578063313ce5671461043357806337a7b7d81461044d5780633f3776071461047457806346904840146104835780634cdad50614610496575f5ffd5b80630dca59c1116102d657806320f6f76f116102b157806320f6f76f146103bd578063217a4b70146103c657806323b872dd1461040557806326ebadba14610418575f5ffd5b80630dca59c1146103a25780631584410a146103ab57806318160ddd146103b4575f5ffd5b806302329a291461031d578063049104e51461033257806306fdde0314610358578063076716501461036d578063095ea7b31461037657806309f6442c14610399575b5f5ffd5b61033061032b366004611fd8565b6106b6565b005b61034561034036600461200e565b610729565b6040519081526020015b60405180910390f35b610360610994565b60405161034f9190612040565b61034560115481565b610389610384366004612075565b610a1f565b604051901515815260200161034f565b610345600b5481565b61034560095481565b61034560125481565b61034560025481565b610345600e5481565b6103ed7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161034f565b61038961041336600461209d565b610a8b565b6103306104263660046120d7565b610b1b565b610345610c28565b61043b601281565b60405160ff909116815260200161034f565b6103ed7f000000000000000000000000000000000000000000000000000000000000000081565b61034567016345785d8a000081565b6007546103ed906001600160a01b031681565b6104a96104a4366004612107565b610ca2565b6040805192835260208301919091520161034f565b6103306104cc366004612107565b610cc1565b6103456101f481565b6013546103899060ff1681565b610345610d21565b6103456104fd36600461211e565b60036020525f908152604090205481565b61033061051c36600461211e565b610dbc565b610330610e35565b610330610e7b565b610345610f1c565b610330610547366004612137565b610fd4565b6005546103ed906001600160a01b031681565b610345611011565b610345611027565b61036061106f565b610345600a5481565b610345600c5481565b61034561107c565b61038961059f366004612075565b611149565b6006546103ed906001600160a01b031681565b61038961115e565b61034560105481565b6103ed7f000000000000000000000000000000000000000000000000000000000000000081565b6104a96105fd366004612107565b61118a565b610345600d5481565b61034561119d565b610330610621366004612166565b6111e1565b610330611224565b610345600f5481565b61034560085481565b61034561064e36600461218f565b600460209081525f928352604080842090915290825290205481565b61033061067836600461211e565b61122e565b61034561068b36600461200e565b6112af565b61033061069e3660046121c0565b61149f565b6103306106b1366004612166565b61156c565b6005546001600160a01b031633146106e1576040516330cd747160e01b815260040160405180910390fd5b6013805460ff19168215159081179091556040519081527f40db37ff5c0bdc2c427fbb2078c8f24afea940abac0e3c23bb4ea3bf2da2b212906020015b60405180910390a150565b6013545f9060ff161561074f57604051631309a56360e01b815260040160405180910390fd5b835f0361076f5760405163f4f5b73360e01b815260040160405180910390fd5b6107776116ff565b5f5f5f5f61078788600254611775565b9350935093509350868210156107bf576040516313a30a9560e11b815260048101839052602481018890526044015b60405180910390fd5b6040516370a0823160e01b81523060048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906370a0823190602401602060405180830381865afa158015610823573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061084791906121e0565b9050610853828461220b565b81101561088857610864828461220b565b6040516319fd206160e31b81526004810191909152602481018290526044016107b6565b610892338a61185e565b8460085f8282546108a3919061221e565b925050819055508360095f8282546108bb919061221e565b909155506108ec90507f00000000000000000000000000000000000000000000000000000000000000008885611918565b811561092a5760075461092a907f0000000000000000000000000000000000000000000000000000000000000000906001600160a01b031684611918565b604080518a81526020810187905290810185905260608101849052608081018390526001600160a01b0388169033907f347ee37487f7d4fe0b4d3777823c6a71c110e3df43f4f3d35356cf6909e9abdb9060a0015b60405180910390a35090979650505050505050565b5f80546109a090612231565b80601f01602080910402602001604051908101604052809291908181526020018280546109cc90612231565b8015610a175780601f106109ee57610100808354040283529160200191610a17565b820191905f5260205f20905b8154815290600101906020018083116109fa57829003601f168201915b505050505081565b335f8181526004602090815260408083206001600160a01b038716808552925280832085905551919290917f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92590610a799086815260200190565b60405180910390a35060015b92915050565b6001600160a01b0383165f9081526004602090815260408083203384529091528120545f198114610b055782811015610ad7576040516313be252b60e01b815260040160405180910390fd5b610ae1838261221e565b6001600160a01b0386165f9081526004602090815260408083203384529091529020555b610b10858585611a02565b506001949350505050565b6005546001600160a01b03163314610b46576040516330cd747160e01b815260040160405180910390fd5b5f610b4f610d21565b905080831115610b7c576040516319fd206160e31b815260048101849052602481018290526044016107b6565b8215610bad57610bad7f00000000000000000000000000000000000000000000000000000000000000008585611918565b8115610bde57610bde7f00000000000000000000000000000000000000000000000000000000000000008584611918565b60408051848152602081018490526001600160a01b038616917ff7aeb382a1e87f84aa69637a22868c2e12be1261273f04cdf40a262a8b890031910160405180910390a250505050565b5f5f670de0b6b3a7640000610c3b61107c565b600854610c489190612269565b610c529190612280565b9050805f03610c62575f91505090565b6009548111610c73575f1991505090565b600954610c80908261221e565b610c92670de0b6b3a764000083612269565b610c9c9190612280565b91505090565b5f5f610cb583610cb0611011565b611775565b90969095509350505050565b6005546001600160a01b03163314610cec576040516330cd747160e01b815260040160405180910390fd5b60128190556040518181527f461309d8133f14d74856f2194a28d8637335793efa5804fe202b798919f71ff79060200161071e565b6008546040516370a0823160e01b81523060048201525f91906001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906370a0823190602401602060405180830381865afa158015610d89573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610dad91906121e0565b610db7919061221e565b905090565b6005546001600160a01b03163314610de7576040516330cd747160e01b815260040160405180910390fd5b600680546001600160a01b0319166001600160a01b0383169081179091556040519081527fdc3dba1d64dd67c0dc8b12621edd0c6ca4303a9073c3a8fcac38115e73d67b6b9060200161071e565b5f610e3e610c28565b90506011548111610e655760405163e368b91760e01b8152600481018290526024016107b6565b610e6d6116ff565b610e78816001611ad4565b50565b60135460ff1615610e9f57604051631309a56360e01b815260040160405180910390fd5b6006546001600160a01b03163314610eca57604051631ea2564f60e31b815260040160405180910390fd5b5f610ed3610c28565b9050600e548110158015610ee957506010548111155b15610f0a5760405163651ea01960e11b8152600481018290526024016107b6565b610f126116ff565b610e78815f611ad4565b5f5f600d5442610f2c919061221e565b90506002545f1480610f3c575080155b80610f475750600c54155b15610f53575f91505090565b5f6301e1338082600c54610f679190612269565b610f719190612280565b9050610f866002670de0b6b3a7640000612280565b811115610fa357610fa06002670de0b6b3a7640000612280565b90505b610fb581670de0b6b3a764000061221e565b81600254610fc39190612269565b610fcd9190612280565b9250505090565b6005546001600160a01b03163314610fff576040516330cd747160e01b815260040160405180910390fd5b61100b84848484611c23565b50505050565b5f61101a610f1c565b600254610db7919061220b565b5f5f670de0b6b3a764000061103a61107c565b6008546110479190612269565b6110519190612280565b90506009548111611062575f610c9c565b600954610c9c908261221e565b600180546109a090612231565b5f5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166352bfe7896040518163ffffffff1660e01b81526004016040805180830381865afa1580156110da573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906110fe919061229f565b90925090505f61110e824261221e565b9050601254811115611141576012546040516304e61d6960e31b81526107b6918391600401918252602082015260400190565b509092915050565b5f611155338484611a02565b50600192915050565b5f5f611168610c28565b90505f600254118015610c9c5750600e54811080610c9c575060105410919050565b5f5f610cb583611198611011565b611cd2565b5f5f6111a7611011565b905080156111da5780670de0b6b3a76400006111c1611027565b6111cb9190612269565b6111d59190612280565b610c9c565b5f91505090565b6005546001600160a01b0316331461120c576040516330cd747160e01b815260040160405180910390fd5b6112146116ff565b61121f838383611d86565b505050565b61122c6116ff565b565b6005546001600160a01b03163314611259576040516330cd747160e01b815260040160405180910390fd5b6112616116ff565b600780546001600160a01b0319166001600160a01b0383169081179091556040519081527fbf9a9534339a9d6b81696e05dcfb614b7dc518a31d48be3cfb757988381fb3239060200161071e565b6013545f9060ff16156112d557604051631309a56360e01b815260040160405180910390fd5b835f036112f55760405163f4f5b73360e01b815260040160405180910390fd5b6002545f03611317576040516306e27ae160e41b815260040160405180910390fd5b61131f6116ff565b5f5f5f5f61132f88600254611cd2565b935093509350935086821115611362576040516313a30a9560e11b815260048101839052602481018890526044016107b6565b5f61136b610d21565b905084811015611398576040516319fd206160e31b815260048101869052602481018290526044016107b6565b8460085f8282546113a9919061220b565b925050819055508360095f8282546113c1919061220b565b909155506113fc90507f000000000000000000000000000000000000000000000000000000000000000033306113f7868861221e565b611e1c565b811561143c5760075461143c907f00000000000000000000000000000000000000000000000000000000000000009033906001600160a01b031685611e1c565b611446878a611f0f565b604080518a81526020810187905290810185905260608101849052608081018390526001600160a01b0388169033907fff1b99c8afce899f46662ffc7045877162dd660b4cacca896efb18ce5e64c3fa9060a00161097f565b6005546001600160a01b031633146114ca576040516330cd747160e01b815260040160405180910390fd5b81156114fc576114fc7f0000000000000000000000000000000000000000000000000000000000000000333085611e1c565b801561152e5761152e7f0000000000000000000000000000000000000000000000000000000000000000333084611e1c565b60408051838152602081018390527f36eeecd4650f8bd0f141b85d46c9279f125af40121719b96ff294e2bcd7abac691015b60405180910390a15050565b6005546001600160a01b03163314611597576040516330cd747160e01b815260040160405180910390fd5b600254156115b857604051635c03d07560e11b815260040160405180910390fd5b825f036115d85760405163f4f5b73360e01b815260040160405180910390fd5b5f6115fc6115e461107c565b6115ee9085612269565b670de0b6b3a7640000611f95565b905081811161161e57604051631f84400760e31b815260040160405180910390fd5b5f611627610d21565b905083811015611654576040516319fd206160e31b815260048101859052602481018290526044016107b6565b5f61165f848461221e565b905061168d7f0000000000000000000000000000000000000000000000000000000000000000333084611e1c565b6008859055600984905542600d556116a53387611f0f565b6040805187815260208101879052908101859052606081018290525f6080820152339081907fff1b99c8afce899f46662ffc7045877162dd660b4cacca896efb18ce5e64c3fa9060a00160405180910390a3505050505050565b5f611708610f1c565b90505f600d5442611719919061221e565b42600d55905081156117715760075461173b906001600160a01b031683611f0f565b60408051838152602081018390527f9e987e110fa31b6df40563628cfc9bf82559e7caeb044c8dab1ebd2764ce0d879101611560565b5050565b5f80808084158061178557508486115b156117a3576040516306e27ae160e41b815260040160405180910390fd5b84600854876117b29190612269565b6117bc9190612280565b93506117d5600954876117cf9190612269565b86611f95565b92505f670de0b6b3a76400006117e961107c565b6117f39087612269565b6117fd9190612280565b905083811161181f57604051631f84400760e31b815260040160405180910390fd5b5f61182a858361221e565b9050611845600b548261183d9190612269565b612710611f95565b9250611851838261221e565b9350505092959194509250565b6001600160a01b0382165f908152600360205260409020548181101561189757604051631e9acf1760e31b815260040160405180910390fd5b6118a1828261221e565b6001600160a01b0384165f90815260036020526040812091909155600280548492906118ce90849061221e565b90915550506040518281525f906001600160a01b038516907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9060200160405180910390a3505050565b6040516001600160a01b038381166024830152604482018390525f91829186169060640160408051601f198184030181529181526020820180516001600160e01b031663a9059cbb60e01b1790525161197191906122c1565b5f604051808303815f865af19150503d805f81146119aa576040519150601f19603f3d011682016040523d82523d5f602084013e6119af565b606091505b50915091508115806119dd57505f81511180156119dd5750808060200190518101906119db91906122d7565b155b156119fb57604051633acb3d3f60e21b815260040160405180910390fd5b5050505050565b6001600160a01b0383165f9081526003602052604090205481811015611a3b57604051631e9acf1760e31b815260040160405180910390fd5b611a45828261221e565b6001600160a01b038086165f908152600360205260408082209390935590851681529081208054849290611a7a90849061220b565b92505081905550826001600160a01b0316846001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef84604051611ac691815260200190565b60405180910390a350505050565b5f611add61107c565b90505f670de0b6b3a764000082600854611af79190612269565b611b019190612280565b90506009548111611b2557604051631f84400760e31b815260040160405180910390fd5b5f60095482611b34919061221e565b90505f83600f5483611b469190612269565b611b509190612280565b90505f82670de0b6b3a7640000611b678785612269565b611b719190612280565b611b7b919061221e565b9050600854821115611bb6575f611b90610d21565b905060085483611ba0919061221e565b811015611bb457600854610864908461221e565b505b60088290556009819055337f6de86fc82486b49907f9fee6c7aa484a56daa79afa0b55b127d54690f951ab058789611bec610c28565b604080519315158452602084019290925290820152606081018590526080810184905260a00160405180910390a250505050505050565b83670de0b6b3a764000011158015611c3b5750828411155b8015611c475750818311155b8015611c535750808211155b611c7057604051634762470b60e11b815260040160405180910390fd5b600e849055600f839055601082905560118190556040805185815260208101859052908101839052606081018290527f524fa34b17abbc88c2af0107d895a0c59b1b3721f5bbf0098679bb7d2c5546619060800160405180910390a150505050565b5f5f5f5f845f03611cf6576040516306e27ae160e41b815260040160405180910390fd5b611d07600854876117cf9190612269565b93508460095487611d189190612269565b611d229190612280565b92505f611d3a611d3061107c565b6115ee9087612269565b9050838111611d5c57604051631f84400760e31b815260040160405180910390fd5b5f611d67858361221e565b9050611d7a600a548261183d9190612269565b9250611851838261220b565b6101f4831180611d9757506101f482115b80611da9575067016345785d8a000081115b15611dc757604051634762470b60e11b815260040160405180910390fd5b600a839055600b829055600c81905560408051848152602081018490529081018290527f01bae858246c904512695a3f6d48ab88abb7a0192fdd7c53b043e60317795f459060600160405180910390a1505050565b6040516001600160a01b0384811660248301528381166044830152606482018390525f91829187169060840160408051601f198184030181529181526020820180516001600160e01b03166323b872dd60e01b17905251611e7d91906122c1565b5f604051808303815f865af19150503d805f8114611eb6576040519150601f19603f3d011682016040523d82523d5f602084013e611ebb565b606091505b5091509150811580611ee957505f8151118015611ee9575080806020019051810190611ee791906122d7565b155b15611f0757604051633acb3d3f60e21b815260040160405180910390fd5b505050505050565b8060025f828254611f20919061220b565b90915550506001600160a01b0382165f9081526003602052604081208054839290611f4c90849061220b565b90915550506040518181526001600160a01b038316905f907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9060200160405180910390a35050565b5f8215611fc25781611fa860018561221e565b611fb29190612280565b611fbd90600161220b565b611fc4565b5f5b9392505050565b8015158114610e78575f5ffd5b5f60208284031215611fe8575f5ffd5b8135611fc481611fcb565b80356001600160a01b0381168114612009575f5ffd5b919050565b5f5f5f60608486031215612020575f5ffd5b833592506020840135915061203760408501611ff3565b90509250925092565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f5f60408385031215612086575f5ffd5b61208f83611ff3565b946020939093013593505050565b5f5f5f606084860312156120af575f5ffd5b6120b884611ff3565b92506120c660208501611ff3565b929592945050506040919091013590565b5f5f5f606084860312156120e9575f5ffd5b6120f284611ff3565b95602085013595506040909401359392505050565b5f60208284031215612117575f5ffd5b5035919050565b5f6020828403121561212e575f5ffd5b611fc482611ff3565b5f5f5f5f6080858703121561214a575f5ffd5b5050823594602084013594506040840135936060013592509050565b5f5f5f60608486031215612178575f5ffd5b505081359360208301359350604090920135919050565b5f5f604083850312156121a0575f5ffd5b6121a983611ff3565b91506121b760208401611ff3565b90509250929050565b5f5f604083850312156121d1575f5ffd5b50508035926020909101359150565b5f602082840312156121f0575f5ffd5b5051919050565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610a8557610a856121f7565b81810381811115610a8557610a856121f7565b600181811c9082168061224557607f821691505b60208210810361226357634e487b7160e01b5f52602260045260245ffd5b50919050565b8082028115828204841417610a8557610a856121f7565b5f8261229a57634e487b7160e01b5f52601260045260245ffd5b500490565b5f5f604083850312156122b0575f5ffd5b505080516020909101519092909150565b5f82518060208501845e5f920191825250919050565b5f602082840312156122e7575f5ffd5b8151611fc481611fcb56",
}

// NavLeveragedToken is an auto generated Go binding around an Ethereum contract.
type NavLeveragedToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *NavLeveragedToken) GetABI() abi.ABI {
	return c.abi
}

// NewNavLeveragedToken creates a new instance of NavLeveragedToken.
func NewNavLeveragedToken() *NavLeveragedToken {
	parsed, err := NavLeveragedTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &NavLeveragedToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *NavLeveragedToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(string name_, string symbol_, address collateralToken_, address quoteToken_, address feed_, uint256[4] bands, uint256[3] fees, uint256 maxPriceAge_) returns()
func (navLeveragedToken *NavLeveragedToken) PackConstructor(name_ string, symbol_ string, collateralToken_ common.Address, quoteToken_ common.Address, feed_ common.Address, bands [4]*big.Int, fees [3]*big.Int, maxPriceAge_ *big.Int) []byte {
	enc, err := navLeveragedToken.abi.Pack("", name_, symbol_, collateralToken_, quoteToken_, feed_, bands, fees, maxPriceAge_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXSTREAMINGFEE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f377607.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_STREAMING_FEE() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) PackMAXSTREAMINGFEE() []byte {
	enc, err := navLeveragedToken.abi.Pack("MAX_STREAMING_FEE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSTREAMINGFEE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f377607.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_STREAMING_FEE() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) TryPackMAXSTREAMINGFEE() ([]byte, error) {
	return navLeveragedToken.abi.Pack("MAX_STREAMING_FEE")
}

// UnpackMAXSTREAMINGFEE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3f377607.
//
// Solidity: function MAX_STREAMING_FEE() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) UnpackMAXSTREAMINGFEE(data []byte) (*big.Int, error) {
	out, err := navLeveragedToken.abi.Unpack("MAX_STREAMING_FEE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXTRADEFEEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b632360.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_TRADE_FEE_BPS() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) PackMAXTRADEFEEBPS() []byte {
	enc, err := navLeveragedToken.abi.Pack("MAX_TRADE_FEE_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXTRADEFEEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b632360.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_TRADE_FEE_BPS() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) TryPackMAXTRADEFEEBPS() ([]byte, error) {
	return navLeveragedToken.abi.Pack("MAX_TRADE_FEE_BPS")
}

// UnpackMAXTRADEFEEBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5b632360.
//
// Solidity: function MAX_TRADE_FEE_BPS() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) UnpackMAXTRADEFEEBPS(data []byte) (*big.Int, error) {
	out, err := navLeveragedToken.abi.Unpack("MAX_TRADE_FEE_BPS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAccrueStreamingFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd68bd031.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accrueStreamingFee() returns()
func (navLeveragedToken *NavLeveragedToken) PackAccrueStreamingFee() []byte {
	enc, err := navLeveragedToken.abi.Pack("accrueStreamingFee")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccrueStreamingFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd68bd031.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accrueStreamingFee() returns()
func (navLeveragedToken *NavLeveragedToken) TryPackAccrueStreamingFee() ([]byte, error) {
	return navLeveragedToken.abi.Pack("accrueStreamingFee")
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) PackAllowance(arg0 common.Address, arg1 common.Address) []byte {
	enc, err := navLeveragedToken.abi.Pack("allowance", arg0, arg1)
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
func (navLeveragedToken *NavLeveragedToken) TryPackAllowance(arg0 common.Address, arg1 common.Address) ([]byte, error) {
	return navLeveragedToken.abi.Pack("allowance", arg0, arg1)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := navLeveragedToken.abi.Unpack("allowance", data)
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
func (navLeveragedToken *NavLeveragedToken) PackApprove(spender common.Address, amount *big.Int) []byte {
	enc, err := navLeveragedToken.abi.Pack("approve", spender, amount)
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
func (navLeveragedToken *NavLeveragedToken) TryPackApprove(spender common.Address, amount *big.Int) ([]byte, error) {
	return navLeveragedToken.abi.Pack("approve", spender, amount)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (navLeveragedToken *NavLeveragedToken) UnpackApprove(data []byte) (bool, error) {
	out, err := navLeveragedToken.abi.Unpack("approve", data)
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
func (navLeveragedToken *NavLeveragedToken) PackBalanceOf(arg0 common.Address) []byte {
	enc, err := navLeveragedToken.abi.Pack("balanceOf", arg0)
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
func (navLeveragedToken *NavLeveragedToken) TryPackBalanceOf(arg0 common.Address) ([]byte, error) {
	return navLeveragedToken.abi.Pack("balanceOf", arg0)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := navLeveragedToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBootstrap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee01e6f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bootstrap(uint256 quantity, uint256 collateralUnits, uint256 debtUnits) returns()
func (navLeveragedToken *NavLeveragedToken) PackBootstrap(quantity *big.Int, collateralUnits *big.Int, debtUnits *big.Int) []byte {
	enc, err := navLeveragedToken.abi.Pack("bootstrap", quantity, collateralUnits, debtUnits)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBootstrap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee01e6f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bootstrap(uint256 quantity, uint256 collateralUnits, uint256 debtUnits) returns()
func (navLeveragedToken *NavLeveragedToken) TryPackBootstrap(quantity *big.Int, collateralUnits *big.Int, debtUnits *big.Int) ([]byte, error) {
	return navLeveragedToken.abi.Pack("bootstrap", quantity, collateralUnits, debtUnits)
}

// PackCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8dfeb45.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function collateral() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) PackCollateral() []byte {
	enc, err := navLeveragedToken.abi.Pack("collateral")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8dfeb45.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function collateral() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) TryPackCollateral() ([]byte, error) {
	return navLeveragedToken.abi.Pack("collateral")
}

// UnpackCollateral is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd8dfeb45.
//
// Solidity: function collateral() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) UnpackCollateral(data []byte) (*big.Int, error) {
	out, err := navLeveragedToken.abi.Unpack("collateral", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCollateralToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb2016bd4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function collateralToken() view returns(address)
func (navLeveragedToken *NavLeveragedToken) PackCollateralToken() []byte {
	enc, err := navLeveragedToken.abi.Pack("collateralToken")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCollateralToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb2016bd4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function collateralToken() view returns(address)
func (navLeveragedToken *NavLeveragedToken) TryPackCollateralToken() ([]byte, error) {
	return navLeveragedToken.abi.Pack("collateralToken")
}

// UnpackCollateralToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb2016bd4.
//
// Solidity: function collateralToken() view returns(address)
func (navLeveragedToken *NavLeveragedToken) UnpackCollateralToken(data []byte) (common.Address, error) {
	out, err := navLeveragedToken.abi.Unpack("collateralToken", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDebt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0dca59c1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function debt() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) PackDebt() []byte {
	enc, err := navLeveragedToken.abi.Pack("debt")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDebt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0dca59c1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function debt() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) TryPackDebt() ([]byte, error) {
	return navLeveragedToken.abi.Pack("debt")
}

// UnpackDebt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0dca59c1.
//
// Solidity: function debt() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) UnpackDebt(data []byte) (*big.Int, error) {
	out, err := navLeveragedToken.abi.Unpack("debt", data)
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
func (navLeveragedToken *NavLeveragedToken) PackDecimals() []byte {
	enc, err := navLeveragedToken.abi.Pack("decimals")
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
func (navLeveragedToken *NavLeveragedToken) TryPackDecimals() ([]byte, error) {
	return navLeveragedToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (navLeveragedToken *NavLeveragedToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := navLeveragedToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackEffectiveSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8fc47093.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function effectiveSupply() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) PackEffectiveSupply() []byte {
	enc, err := navLeveragedToken.abi.Pack("effectiveSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEffectiveSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8fc47093.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function effectiveSupply() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) TryPackEffectiveSupply() ([]byte, error) {
	return navLeveragedToken.abi.Pack("effectiveSupply")
}

// UnpackEffectiveSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8fc47093.
//
// Solidity: function effectiveSupply() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) UnpackEffectiveSupply(data []byte) (*big.Int, error) {
	out, err := navLeveragedToken.abi.Unpack("effectiveSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEquity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91a0ac6a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function equity() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) PackEquity() []byte {
	enc, err := navLeveragedToken.abi.Pack("equity")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEquity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91a0ac6a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function equity() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) TryPackEquity() ([]byte, error) {
	return navLeveragedToken.abi.Pack("equity")
}

// UnpackEquity is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91a0ac6a.
//
// Solidity: function equity() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) UnpackEquity(data []byte) (*big.Int, error) {
	out, err := navLeveragedToken.abi.Unpack("equity", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46904840.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feeRecipient() view returns(address)
func (navLeveragedToken *NavLeveragedToken) PackFeeRecipient() []byte {
	enc, err := navLeveragedToken.abi.Pack("feeRecipient")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46904840.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feeRecipient() view returns(address)
func (navLeveragedToken *NavLeveragedToken) TryPackFeeRecipient() ([]byte, error) {
	return navLeveragedToken.abi.Pack("feeRecipient")
}

// UnpackFeeRecipient is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x46904840.
//
// Solidity: function feeRecipient() view returns(address)
func (navLeveragedToken *NavLeveragedToken) UnpackFeeRecipient(data []byte) (common.Address, error) {
	out, err := navLeveragedToken.abi.Unpack("feeRecipient", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackFeed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x37a7b7d8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feed() view returns(address)
func (navLeveragedToken *NavLeveragedToken) PackFeed() []byte {
	enc, err := navLeveragedToken.abi.Pack("feed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x37a7b7d8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feed() view returns(address)
func (navLeveragedToken *NavLeveragedToken) TryPackFeed() ([]byte, error) {
	return navLeveragedToken.abi.Pack("feed")
}

// UnpackFeed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x37a7b7d8.
//
// Solidity: function feed() view returns(address)
func (navLeveragedToken *NavLeveragedToken) UnpackFeed(data []byte) (common.Address, error) {
	out, err := navLeveragedToken.abi.Unpack("feed", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackFundReserve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed495d17.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fundReserve(uint256 collateralUnits, uint256 quoteUnits) returns()
func (navLeveragedToken *NavLeveragedToken) PackFundReserve(collateralUnits *big.Int, quoteUnits *big.Int) []byte {
	enc, err := navLeveragedToken.abi.Pack("fundReserve", collateralUnits, quoteUnits)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFundReserve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed495d17.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fundReserve(uint256 collateralUnits, uint256 quoteUnits) returns()
func (navLeveragedToken *NavLeveragedToken) TryPackFundReserve(collateralUnits *big.Int, quoteUnits *big.Int) ([]byte, error) {
	return navLeveragedToken.abi.Pack("fundReserve", collateralUnits, quoteUnits)
}

// PackKeeper is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaced1661.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function keeper() view returns(address)
func (navLeveragedToken *NavLeveragedToken) PackKeeper() []byte {
	enc, err := navLeveragedToken.abi.Pack("keeper")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKeeper is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaced1661.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function keeper() view returns(address)
func (navLeveragedToken *NavLeveragedToken) TryPackKeeper() ([]byte, error) {
	return navLeveragedToken.abi.Pack("keeper")
}

// UnpackKeeper is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaced1661.
//
// Solidity: function keeper() view returns(address)
func (navLeveragedToken *NavLeveragedToken) UnpackKeeper(data []byte) (common.Address, error) {
	out, err := navLeveragedToken.abi.Unpack("keeper", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackLastFeeAccrual is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc0bdf50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastFeeAccrual() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) PackLastFeeAccrual() []byte {
	enc, err := navLeveragedToken.abi.Pack("lastFeeAccrual")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastFeeAccrual is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc0bdf50.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastFeeAccrual() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) TryPackLastFeeAccrual() ([]byte, error) {
	return navLeveragedToken.abi.Pack("lastFeeAccrual")
}

// UnpackLastFeeAccrual is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc0bdf50.
//
// Solidity: function lastFeeAccrual() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) UnpackLastFeeAccrual(data []byte) (*big.Int, error) {
	out, err := navLeveragedToken.abi.Unpack("lastFeeAccrual", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLeverage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c86d98e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function leverage() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) PackLeverage() []byte {
	enc, err := navLeveragedToken.abi.Pack("leverage")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLeverage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c86d98e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function leverage() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) TryPackLeverage() ([]byte, error) {
	return navLeveragedToken.abi.Pack("leverage")
}

// UnpackLeverage is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2c86d98e.
//
// Solidity: function leverage() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) UnpackLeverage(data []byte) (*big.Int, error) {
	out, err := navLeveragedToken.abi.Unpack("leverage", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMaxLeverage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xae3302c2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxLeverage() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) PackMaxLeverage() []byte {
	enc, err := navLeveragedToken.abi.Pack("maxLeverage")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxLeverage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xae3302c2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxLeverage() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) TryPackMaxLeverage() ([]byte, error) {
	return navLeveragedToken.abi.Pack("maxLeverage")
}

// UnpackMaxLeverage is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xae3302c2.
//
// Solidity: function maxLeverage() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) UnpackMaxLeverage(data []byte) (*big.Int, error) {
	out, err := navLeveragedToken.abi.Unpack("maxLeverage", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMaxPriceAge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1584410a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxPriceAge() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) PackMaxPriceAge() []byte {
	enc, err := navLeveragedToken.abi.Pack("maxPriceAge")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxPriceAge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1584410a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxPriceAge() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) TryPackMaxPriceAge() ([]byte, error) {
	return navLeveragedToken.abi.Pack("maxPriceAge")
}

// UnpackMaxPriceAge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1584410a.
//
// Solidity: function maxPriceAge() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) UnpackMaxPriceAge(data []byte) (*big.Int, error) {
	out, err := navLeveragedToken.abi.Unpack("maxPriceAge", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMinLeverage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20f6f76f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minLeverage() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) PackMinLeverage() []byte {
	enc, err := navLeveragedToken.abi.Pack("minLeverage")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinLeverage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20f6f76f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minLeverage() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) TryPackMinLeverage() ([]byte, error) {
	return navLeveragedToken.abi.Pack("minLeverage")
}

// UnpackMinLeverage is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x20f6f76f.
//
// Solidity: function minLeverage() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) UnpackMinLeverage(data []byte) (*big.Int, error) {
	out, err := navLeveragedToken.abi.Unpack("minLeverage", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe7d3fe6b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(uint256 quantity, uint256 maxQuoteIn, address to) returns(uint256 quoteIn)
func (navLeveragedToken *NavLeveragedToken) PackMint(quantity *big.Int, maxQuoteIn *big.Int, to common.Address) []byte {
	enc, err := navLeveragedToken.abi.Pack("mint", quantity, maxQuoteIn, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe7d3fe6b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(uint256 quantity, uint256 maxQuoteIn, address to) returns(uint256 quoteIn)
func (navLeveragedToken *NavLeveragedToken) TryPackMint(quantity *big.Int, maxQuoteIn *big.Int, to common.Address) ([]byte, error) {
	return navLeveragedToken.abi.Pack("mint", quantity, maxQuoteIn, to)
}

// UnpackMint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe7d3fe6b.
//
// Solidity: function mint(uint256 quantity, uint256 maxQuoteIn, address to) returns(uint256 quoteIn)
func (navLeveragedToken *NavLeveragedToken) UnpackMint(data []byte) (*big.Int, error) {
	out, err := navLeveragedToken.abi.Unpack("mint", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMintFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97c8bcc1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mintFeeBps() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) PackMintFeeBps() []byte {
	enc, err := navLeveragedToken.abi.Pack("mintFeeBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMintFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97c8bcc1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mintFeeBps() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) TryPackMintFeeBps() ([]byte, error) {
	return navLeveragedToken.abi.Pack("mintFeeBps")
}

// UnpackMintFeeBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x97c8bcc1.
//
// Solidity: function mintFeeBps() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) UnpackMintFeeBps(data []byte) (*big.Int, error) {
	out, err := navLeveragedToken.abi.Unpack("mintFeeBps", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (navLeveragedToken *NavLeveragedToken) PackName() []byte {
	enc, err := navLeveragedToken.abi.Pack("name")
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
func (navLeveragedToken *NavLeveragedToken) TryPackName() ([]byte, error) {
	return navLeveragedToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (navLeveragedToken *NavLeveragedToken) UnpackName(data []byte) (string, error) {
	out, err := navLeveragedToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackNav is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1590cd7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nav() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) PackNav() []byte {
	enc, err := navLeveragedToken.abi.Pack("nav")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNav is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1590cd7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nav() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) TryPackNav() ([]byte, error) {
	return navLeveragedToken.abi.Pack("nav")
}

// UnpackNav is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc1590cd7.
//
// Solidity: function nav() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) UnpackNav(data []byte) (*big.Int, error) {
	out, err := navLeveragedToken.abi.Unpack("nav", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (navLeveragedToken *NavLeveragedToken) PackOwner() []byte {
	enc, err := navLeveragedToken.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (navLeveragedToken *NavLeveragedToken) TryPackOwner() ([]byte, error) {
	return navLeveragedToken.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (navLeveragedToken *NavLeveragedToken) UnpackOwner(data []byte) (common.Address, error) {
	out, err := navLeveragedToken.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02329a29.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pause(bool on) returns()
func (navLeveragedToken *NavLeveragedToken) PackPause(on bool) []byte {
	enc, err := navLeveragedToken.abi.Pack("pause", on)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02329a29.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pause(bool on) returns()
func (navLeveragedToken *NavLeveragedToken) TryPackPause(on bool) ([]byte, error) {
	return navLeveragedToken.abi.Pack("pause", on)
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (navLeveragedToken *NavLeveragedToken) PackPaused() []byte {
	enc, err := navLeveragedToken.abi.Pack("paused")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paused() view returns(bool)
func (navLeveragedToken *NavLeveragedToken) TryPackPaused() ([]byte, error) {
	return navLeveragedToken.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (navLeveragedToken *NavLeveragedToken) UnpackPaused(data []byte) (bool, error) {
	out, err := navLeveragedToken.abi.Unpack("paused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackPendingStreamingFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7fffca39.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingStreamingFee() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) PackPendingStreamingFee() []byte {
	enc, err := navLeveragedToken.abi.Pack("pendingStreamingFee")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingStreamingFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7fffca39.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingStreamingFee() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) TryPackPendingStreamingFee() ([]byte, error) {
	return navLeveragedToken.abi.Pack("pendingStreamingFee")
}

// UnpackPendingStreamingFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7fffca39.
//
// Solidity: function pendingStreamingFee() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) UnpackPendingStreamingFee(data []byte) (*big.Int, error) {
	out, err := navLeveragedToken.abi.Unpack("pendingStreamingFee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPreviewMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3d7f6b9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function previewMint(uint256 quantity) view returns(uint256 quoteIn, uint256 fee)
func (navLeveragedToken *NavLeveragedToken) PackPreviewMint(quantity *big.Int) []byte {
	enc, err := navLeveragedToken.abi.Pack("previewMint", quantity)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPreviewMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3d7f6b9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function previewMint(uint256 quantity) view returns(uint256 quoteIn, uint256 fee)
func (navLeveragedToken *NavLeveragedToken) TryPackPreviewMint(quantity *big.Int) ([]byte, error) {
	return navLeveragedToken.abi.Pack("previewMint", quantity)
}

// PreviewMintOutput serves as a container for the return parameters of contract
// method PreviewMint.
type PreviewMintOutput struct {
	QuoteIn *big.Int
	Fee     *big.Int
}

// UnpackPreviewMint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb3d7f6b9.
//
// Solidity: function previewMint(uint256 quantity) view returns(uint256 quoteIn, uint256 fee)
func (navLeveragedToken *NavLeveragedToken) UnpackPreviewMint(data []byte) (PreviewMintOutput, error) {
	out, err := navLeveragedToken.abi.Unpack("previewMint", data)
	outstruct := new(PreviewMintOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.QuoteIn = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Fee = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackPreviewRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cdad506.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function previewRedeem(uint256 quantity) view returns(uint256 quoteOut, uint256 fee)
func (navLeveragedToken *NavLeveragedToken) PackPreviewRedeem(quantity *big.Int) []byte {
	enc, err := navLeveragedToken.abi.Pack("previewRedeem", quantity)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPreviewRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cdad506.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function previewRedeem(uint256 quantity) view returns(uint256 quoteOut, uint256 fee)
func (navLeveragedToken *NavLeveragedToken) TryPackPreviewRedeem(quantity *big.Int) ([]byte, error) {
	return navLeveragedToken.abi.Pack("previewRedeem", quantity)
}

// PreviewRedeemOutput serves as a container for the return parameters of contract
// method PreviewRedeem.
type PreviewRedeemOutput struct {
	QuoteOut *big.Int
	Fee      *big.Int
}

// UnpackPreviewRedeem is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4cdad506.
//
// Solidity: function previewRedeem(uint256 quantity) view returns(uint256 quoteOut, uint256 fee)
func (navLeveragedToken *NavLeveragedToken) UnpackPreviewRedeem(data []byte) (PreviewRedeemOutput, error) {
	out, err := navLeveragedToken.abi.Unpack("previewRedeem", data)
	outstruct := new(PreviewRedeemOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.QuoteOut = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Fee = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa035b1fe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function price() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) PackPrice() []byte {
	enc, err := navLeveragedToken.abi.Pack("price")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa035b1fe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function price() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) TryPackPrice() ([]byte, error) {
	return navLeveragedToken.abi.Pack("price")
}

// UnpackPrice is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa035b1fe.
//
// Solidity: function price() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) UnpackPrice(data []byte) (*big.Int, error) {
	out, err := navLeveragedToken.abi.Unpack("price", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQuoteToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x217a4b70.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quoteToken() view returns(address)
func (navLeveragedToken *NavLeveragedToken) PackQuoteToken() []byte {
	enc, err := navLeveragedToken.abi.Pack("quoteToken")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuoteToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x217a4b70.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quoteToken() view returns(address)
func (navLeveragedToken *NavLeveragedToken) TryPackQuoteToken() ([]byte, error) {
	return navLeveragedToken.abi.Pack("quoteToken")
}

// UnpackQuoteToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x217a4b70.
//
// Solidity: function quoteToken() view returns(address)
func (navLeveragedToken *NavLeveragedToken) UnpackQuoteToken(data []byte) (common.Address, error) {
	out, err := navLeveragedToken.abi.Unpack("quoteToken", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRebalance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d7c2a1c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rebalance() returns()
func (navLeveragedToken *NavLeveragedToken) PackRebalance() []byte {
	enc, err := navLeveragedToken.abi.Pack("rebalance")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRebalance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d7c2a1c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rebalance() returns()
func (navLeveragedToken *NavLeveragedToken) TryPackRebalance() ([]byte, error) {
	return navLeveragedToken.abi.Pack("rebalance")
}

// PackRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x049104e5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function redeem(uint256 quantity, uint256 minQuoteOut, address to) returns(uint256 quoteOut)
func (navLeveragedToken *NavLeveragedToken) PackRedeem(quantity *big.Int, minQuoteOut *big.Int, to common.Address) []byte {
	enc, err := navLeveragedToken.abi.Pack("redeem", quantity, minQuoteOut, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x049104e5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function redeem(uint256 quantity, uint256 minQuoteOut, address to) returns(uint256 quoteOut)
func (navLeveragedToken *NavLeveragedToken) TryPackRedeem(quantity *big.Int, minQuoteOut *big.Int, to common.Address) ([]byte, error) {
	return navLeveragedToken.abi.Pack("redeem", quantity, minQuoteOut, to)
}

// UnpackRedeem is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x049104e5.
//
// Solidity: function redeem(uint256 quantity, uint256 minQuoteOut, address to) returns(uint256 quoteOut)
func (navLeveragedToken *NavLeveragedToken) UnpackRedeem(data []byte) (*big.Int, error) {
	out, err := navLeveragedToken.abi.Unpack("redeem", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRedeemFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09f6442c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function redeemFeeBps() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) PackRedeemFeeBps() []byte {
	enc, err := navLeveragedToken.abi.Pack("redeemFeeBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRedeemFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09f6442c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function redeemFeeBps() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) TryPackRedeemFeeBps() ([]byte, error) {
	return navLeveragedToken.abi.Pack("redeemFeeBps")
}

// UnpackRedeemFeeBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x09f6442c.
//
// Solidity: function redeemFeeBps() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) UnpackRedeemFeeBps(data []byte) (*big.Int, error) {
	out, err := navLeveragedToken.abi.Unpack("redeemFeeBps", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReserveCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x623a8fde.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reserveCollateral() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) PackReserveCollateral() []byte {
	enc, err := navLeveragedToken.abi.Pack("reserveCollateral")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReserveCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x623a8fde.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reserveCollateral() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) TryPackReserveCollateral() ([]byte, error) {
	return navLeveragedToken.abi.Pack("reserveCollateral")
}

// UnpackReserveCollateral is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x623a8fde.
//
// Solidity: function reserveCollateral() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) UnpackReserveCollateral(data []byte) (*big.Int, error) {
	out, err := navLeveragedToken.abi.Unpack("reserveCollateral", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRipcord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a993327.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ripcord() returns()
func (navLeveragedToken *NavLeveragedToken) PackRipcord() []byte {
	enc, err := navLeveragedToken.abi.Pack("ripcord")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRipcord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a993327.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ripcord() returns()
func (navLeveragedToken *NavLeveragedToken) TryPackRipcord() ([]byte, error) {
	return navLeveragedToken.abi.Pack("ripcord")
}

// PackRipcordLeverage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07671650.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ripcordLeverage() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) PackRipcordLeverage() []byte {
	enc, err := navLeveragedToken.abi.Pack("ripcordLeverage")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRipcordLeverage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07671650.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ripcordLeverage() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) TryPackRipcordLeverage() ([]byte, error) {
	return navLeveragedToken.abi.Pack("ripcordLeverage")
}

// UnpackRipcordLeverage is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x07671650.
//
// Solidity: function ripcordLeverage() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) UnpackRipcordLeverage(data []byte) (*big.Int, error) {
	out, err := navLeveragedToken.abi.Unpack("ripcordLeverage", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSetBands is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8853505f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setBands(uint256 min_, uint256 target_, uint256 max_, uint256 ripcord_) returns()
func (navLeveragedToken *NavLeveragedToken) PackSetBands(min *big.Int, target *big.Int, max *big.Int, ripcord *big.Int) []byte {
	enc, err := navLeveragedToken.abi.Pack("setBands", min, target, max, ripcord)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetBands is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8853505f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setBands(uint256 min_, uint256 target_, uint256 max_, uint256 ripcord_) returns()
func (navLeveragedToken *NavLeveragedToken) TryPackSetBands(min *big.Int, target *big.Int, max *big.Int, ripcord *big.Int) ([]byte, error) {
	return navLeveragedToken.abi.Pack("setBands", min, target, max, ripcord)
}

// PackSetFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe74b981b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFeeRecipient(address to) returns()
func (navLeveragedToken *NavLeveragedToken) PackSetFeeRecipient(to common.Address) []byte {
	enc, err := navLeveragedToken.abi.Pack("setFeeRecipient", to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe74b981b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFeeRecipient(address to) returns()
func (navLeveragedToken *NavLeveragedToken) TryPackSetFeeRecipient(to common.Address) ([]byte, error) {
	return navLeveragedToken.abi.Pack("setFeeRecipient", to)
}

// PackSetFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcec10c11.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFees(uint256 mintFeeBps_, uint256 redeemFeeBps_, uint256 streamingFeeRate_) returns()
func (navLeveragedToken *NavLeveragedToken) PackSetFees(mintFeeBps *big.Int, redeemFeeBps *big.Int, streamingFeeRate *big.Int) []byte {
	enc, err := navLeveragedToken.abi.Pack("setFees", mintFeeBps, redeemFeeBps, streamingFeeRate)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcec10c11.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFees(uint256 mintFeeBps_, uint256 redeemFeeBps_, uint256 streamingFeeRate_) returns()
func (navLeveragedToken *NavLeveragedToken) TryPackSetFees(mintFeeBps *big.Int, redeemFeeBps *big.Int, streamingFeeRate *big.Int) ([]byte, error) {
	return navLeveragedToken.abi.Pack("setFees", mintFeeBps, redeemFeeBps, streamingFeeRate)
}

// PackSetKeeper is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x748747e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setKeeper(address keeper_) returns()
func (navLeveragedToken *NavLeveragedToken) PackSetKeeper(keeper common.Address) []byte {
	enc, err := navLeveragedToken.abi.Pack("setKeeper", keeper)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetKeeper is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x748747e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setKeeper(address keeper_) returns()
func (navLeveragedToken *NavLeveragedToken) TryPackSetKeeper(keeper common.Address) ([]byte, error) {
	return navLeveragedToken.abi.Pack("setKeeper", keeper)
}

// PackSetMaxPriceAge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56447ce8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMaxPriceAge(uint256 age) returns()
func (navLeveragedToken *NavLeveragedToken) PackSetMaxPriceAge(age *big.Int) []byte {
	enc, err := navLeveragedToken.abi.Pack("setMaxPriceAge", age)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMaxPriceAge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56447ce8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMaxPriceAge(uint256 age) returns()
func (navLeveragedToken *NavLeveragedToken) TryPackSetMaxPriceAge(age *big.Int) ([]byte, error) {
	return navLeveragedToken.abi.Pack("setMaxPriceAge", age)
}

// PackShouldRebalance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xae2c1d5f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function shouldRebalance() view returns(bool)
func (navLeveragedToken *NavLeveragedToken) PackShouldRebalance() []byte {
	enc, err := navLeveragedToken.abi.Pack("shouldRebalance")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackShouldRebalance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xae2c1d5f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function shouldRebalance() view returns(bool)
func (navLeveragedToken *NavLeveragedToken) TryPackShouldRebalance() ([]byte, error) {
	return navLeveragedToken.abi.Pack("shouldRebalance")
}

// UnpackShouldRebalance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xae2c1d5f.
//
// Solidity: function shouldRebalance() view returns(bool)
func (navLeveragedToken *NavLeveragedToken) UnpackShouldRebalance(data []byte) (bool, error) {
	out, err := navLeveragedToken.abi.Unpack("shouldRebalance", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackStreamingFeeRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9da3b365.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function streamingFeeRate() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) PackStreamingFeeRate() []byte {
	enc, err := navLeveragedToken.abi.Pack("streamingFeeRate")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStreamingFeeRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9da3b365.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function streamingFeeRate() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) TryPackStreamingFeeRate() ([]byte, error) {
	return navLeveragedToken.abi.Pack("streamingFeeRate")
}

// UnpackStreamingFeeRate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9da3b365.
//
// Solidity: function streamingFeeRate() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) UnpackStreamingFeeRate(data []byte) (*big.Int, error) {
	out, err := navLeveragedToken.abi.Unpack("streamingFeeRate", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (navLeveragedToken *NavLeveragedToken) PackSymbol() []byte {
	enc, err := navLeveragedToken.abi.Pack("symbol")
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
func (navLeveragedToken *NavLeveragedToken) TryPackSymbol() ([]byte, error) {
	return navLeveragedToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (navLeveragedToken *NavLeveragedToken) UnpackSymbol(data []byte) (string, error) {
	out, err := navLeveragedToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTargetLeverage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd6c946ea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function targetLeverage() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) PackTargetLeverage() []byte {
	enc, err := navLeveragedToken.abi.Pack("targetLeverage")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTargetLeverage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd6c946ea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function targetLeverage() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) TryPackTargetLeverage() ([]byte, error) {
	return navLeveragedToken.abi.Pack("targetLeverage")
}

// UnpackTargetLeverage is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd6c946ea.
//
// Solidity: function targetLeverage() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) UnpackTargetLeverage(data []byte) (*big.Int, error) {
	out, err := navLeveragedToken.abi.Unpack("targetLeverage", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) PackTotalSupply() []byte {
	enc, err := navLeveragedToken.abi.Pack("totalSupply")
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
func (navLeveragedToken *NavLeveragedToken) TryPackTotalSupply() ([]byte, error) {
	return navLeveragedToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (navLeveragedToken *NavLeveragedToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := navLeveragedToken.abi.Unpack("totalSupply", data)
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
func (navLeveragedToken *NavLeveragedToken) PackTransfer(to common.Address, amount *big.Int) []byte {
	enc, err := navLeveragedToken.abi.Pack("transfer", to, amount)
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
func (navLeveragedToken *NavLeveragedToken) TryPackTransfer(to common.Address, amount *big.Int) ([]byte, error) {
	return navLeveragedToken.abi.Pack("transfer", to, amount)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (navLeveragedToken *NavLeveragedToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := navLeveragedToken.abi.Unpack("transfer", data)
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
func (navLeveragedToken *NavLeveragedToken) PackTransferFrom(from common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := navLeveragedToken.abi.Pack("transferFrom", from, to, amount)
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
func (navLeveragedToken *NavLeveragedToken) TryPackTransferFrom(from common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return navLeveragedToken.abi.Pack("transferFrom", from, to, amount)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (navLeveragedToken *NavLeveragedToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := navLeveragedToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackWithdrawReserve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26ebadba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawReserve(address to, uint256 collateralUnits, uint256 quoteUnits) returns()
func (navLeveragedToken *NavLeveragedToken) PackWithdrawReserve(to common.Address, collateralUnits *big.Int, quoteUnits *big.Int) []byte {
	enc, err := navLeveragedToken.abi.Pack("withdrawReserve", to, collateralUnits, quoteUnits)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawReserve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26ebadba.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawReserve(address to, uint256 collateralUnits, uint256 quoteUnits) returns()
func (navLeveragedToken *NavLeveragedToken) TryPackWithdrawReserve(to common.Address, collateralUnits *big.Int, quoteUnits *big.Int) ([]byte, error) {
	return navLeveragedToken.abi.Pack("withdrawReserve", to, collateralUnits, quoteUnits)
}

// NavLeveragedTokenApproval represents a Approval event raised by the NavLeveragedToken contract.
type NavLeveragedTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const NavLeveragedTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (NavLeveragedTokenApproval) ContractEventName() string {
	return NavLeveragedTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (navLeveragedToken *NavLeveragedToken) UnpackApprovalEvent(log *types.Log) (*NavLeveragedTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != navLeveragedToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NavLeveragedTokenApproval)
	if len(log.Data) > 0 {
		if err := navLeveragedToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range navLeveragedToken.abi.Events[event].Inputs {
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

// NavLeveragedTokenBandsSet represents a BandsSet event raised by the NavLeveragedToken contract.
type NavLeveragedTokenBandsSet struct {
	MinLeverage     *big.Int
	TargetLeverage  *big.Int
	MaxLeverage     *big.Int
	RipcordLeverage *big.Int
	Raw             *types.Log // Blockchain specific contextual infos
}

const NavLeveragedTokenBandsSetEventName = "BandsSet"

// ContractEventName returns the user-defined event name.
func (NavLeveragedTokenBandsSet) ContractEventName() string {
	return NavLeveragedTokenBandsSetEventName
}

// UnpackBandsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BandsSet(uint256 minLeverage, uint256 targetLeverage, uint256 maxLeverage, uint256 ripcordLeverage)
func (navLeveragedToken *NavLeveragedToken) UnpackBandsSetEvent(log *types.Log) (*NavLeveragedTokenBandsSet, error) {
	event := "BandsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != navLeveragedToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NavLeveragedTokenBandsSet)
	if len(log.Data) > 0 {
		if err := navLeveragedToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range navLeveragedToken.abi.Events[event].Inputs {
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

// NavLeveragedTokenFeeRecipientSet represents a FeeRecipientSet event raised by the NavLeveragedToken contract.
type NavLeveragedTokenFeeRecipientSet struct {
	FeeRecipient common.Address
	Raw          *types.Log // Blockchain specific contextual infos
}

const NavLeveragedTokenFeeRecipientSetEventName = "FeeRecipientSet"

// ContractEventName returns the user-defined event name.
func (NavLeveragedTokenFeeRecipientSet) ContractEventName() string {
	return NavLeveragedTokenFeeRecipientSetEventName
}

// UnpackFeeRecipientSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeeRecipientSet(address feeRecipient)
func (navLeveragedToken *NavLeveragedToken) UnpackFeeRecipientSetEvent(log *types.Log) (*NavLeveragedTokenFeeRecipientSet, error) {
	event := "FeeRecipientSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != navLeveragedToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NavLeveragedTokenFeeRecipientSet)
	if len(log.Data) > 0 {
		if err := navLeveragedToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range navLeveragedToken.abi.Events[event].Inputs {
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

// NavLeveragedTokenFeesSet represents a FeesSet event raised by the NavLeveragedToken contract.
type NavLeveragedTokenFeesSet struct {
	MintFeeBps       *big.Int
	RedeemFeeBps     *big.Int
	StreamingFeeRate *big.Int
	Raw              *types.Log // Blockchain specific contextual infos
}

const NavLeveragedTokenFeesSetEventName = "FeesSet"

// ContractEventName returns the user-defined event name.
func (NavLeveragedTokenFeesSet) ContractEventName() string {
	return NavLeveragedTokenFeesSetEventName
}

// UnpackFeesSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeesSet(uint256 mintFeeBps, uint256 redeemFeeBps, uint256 streamingFeeRate)
func (navLeveragedToken *NavLeveragedToken) UnpackFeesSetEvent(log *types.Log) (*NavLeveragedTokenFeesSet, error) {
	event := "FeesSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != navLeveragedToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NavLeveragedTokenFeesSet)
	if len(log.Data) > 0 {
		if err := navLeveragedToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range navLeveragedToken.abi.Events[event].Inputs {
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

// NavLeveragedTokenKeeperSet represents a KeeperSet event raised by the NavLeveragedToken contract.
type NavLeveragedTokenKeeperSet struct {
	Keeper common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const NavLeveragedTokenKeeperSetEventName = "KeeperSet"

// ContractEventName returns the user-defined event name.
func (NavLeveragedTokenKeeperSet) ContractEventName() string {
	return NavLeveragedTokenKeeperSetEventName
}

// UnpackKeeperSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event KeeperSet(address keeper)
func (navLeveragedToken *NavLeveragedToken) UnpackKeeperSetEvent(log *types.Log) (*NavLeveragedTokenKeeperSet, error) {
	event := "KeeperSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != navLeveragedToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NavLeveragedTokenKeeperSet)
	if len(log.Data) > 0 {
		if err := navLeveragedToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range navLeveragedToken.abi.Events[event].Inputs {
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

// NavLeveragedTokenMaxPriceAgeSet represents a MaxPriceAgeSet event raised by the NavLeveragedToken contract.
type NavLeveragedTokenMaxPriceAgeSet struct {
	MaxPriceAge *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const NavLeveragedTokenMaxPriceAgeSetEventName = "MaxPriceAgeSet"

// ContractEventName returns the user-defined event name.
func (NavLeveragedTokenMaxPriceAgeSet) ContractEventName() string {
	return NavLeveragedTokenMaxPriceAgeSetEventName
}

// UnpackMaxPriceAgeSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MaxPriceAgeSet(uint256 maxPriceAge)
func (navLeveragedToken *NavLeveragedToken) UnpackMaxPriceAgeSetEvent(log *types.Log) (*NavLeveragedTokenMaxPriceAgeSet, error) {
	event := "MaxPriceAgeSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != navLeveragedToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NavLeveragedTokenMaxPriceAgeSet)
	if len(log.Data) > 0 {
		if err := navLeveragedToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range navLeveragedToken.abi.Events[event].Inputs {
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

// NavLeveragedTokenMinted represents a Minted event raised by the NavLeveragedToken contract.
type NavLeveragedTokenMinted struct {
	Payer           common.Address
	To              common.Address
	Quantity        *big.Int
	CollateralAdded *big.Int
	DebtAdded       *big.Int
	QuoteIn         *big.Int
	Fee             *big.Int
	Raw             *types.Log // Blockchain specific contextual infos
}

const NavLeveragedTokenMintedEventName = "Minted"

// ContractEventName returns the user-defined event name.
func (NavLeveragedTokenMinted) ContractEventName() string {
	return NavLeveragedTokenMintedEventName
}

// UnpackMintedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Minted(address indexed payer, address indexed to, uint256 quantity, uint256 collateralAdded, uint256 debtAdded, uint256 quoteIn, uint256 fee)
func (navLeveragedToken *NavLeveragedToken) UnpackMintedEvent(log *types.Log) (*NavLeveragedTokenMinted, error) {
	event := "Minted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != navLeveragedToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NavLeveragedTokenMinted)
	if len(log.Data) > 0 {
		if err := navLeveragedToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range navLeveragedToken.abi.Events[event].Inputs {
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

// NavLeveragedTokenPausedSet represents a PausedSet event raised by the NavLeveragedToken contract.
type NavLeveragedTokenPausedSet struct {
	Paused bool
	Raw    *types.Log // Blockchain specific contextual infos
}

const NavLeveragedTokenPausedSetEventName = "PausedSet"

// ContractEventName returns the user-defined event name.
func (NavLeveragedTokenPausedSet) ContractEventName() string {
	return NavLeveragedTokenPausedSetEventName
}

// UnpackPausedSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PausedSet(bool paused)
func (navLeveragedToken *NavLeveragedToken) UnpackPausedSetEvent(log *types.Log) (*NavLeveragedTokenPausedSet, error) {
	event := "PausedSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != navLeveragedToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NavLeveragedTokenPausedSet)
	if len(log.Data) > 0 {
		if err := navLeveragedToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range navLeveragedToken.abi.Events[event].Inputs {
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

// NavLeveragedTokenRebalanced represents a Rebalanced event raised by the NavLeveragedToken contract.
type NavLeveragedTokenRebalanced struct {
	Caller         common.Address
	Ripcord        bool
	LeverageBefore *big.Int
	LeverageAfter  *big.Int
	Collateral     *big.Int
	Debt           *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const NavLeveragedTokenRebalancedEventName = "Rebalanced"

// ContractEventName returns the user-defined event name.
func (NavLeveragedTokenRebalanced) ContractEventName() string {
	return NavLeveragedTokenRebalancedEventName
}

// UnpackRebalancedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Rebalanced(address indexed caller, bool ripcord, uint256 leverageBefore, uint256 leverageAfter, uint256 collateral, uint256 debt)
func (navLeveragedToken *NavLeveragedToken) UnpackRebalancedEvent(log *types.Log) (*NavLeveragedTokenRebalanced, error) {
	event := "Rebalanced"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != navLeveragedToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NavLeveragedTokenRebalanced)
	if len(log.Data) > 0 {
		if err := navLeveragedToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range navLeveragedToken.abi.Events[event].Inputs {
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

// NavLeveragedTokenRedeemed represents a Redeemed event raised by the NavLeveragedToken contract.
type NavLeveragedTokenRedeemed struct {
	Holder            common.Address
	To                common.Address
	Quantity          *big.Int
	CollateralRemoved *big.Int
	DebtRepaid        *big.Int
	QuoteOut          *big.Int
	Fee               *big.Int
	Raw               *types.Log // Blockchain specific contextual infos
}

const NavLeveragedTokenRedeemedEventName = "Redeemed"

// ContractEventName returns the user-defined event name.
func (NavLeveragedTokenRedeemed) ContractEventName() string {
	return NavLeveragedTokenRedeemedEventName
}

// UnpackRedeemedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Redeemed(address indexed holder, address indexed to, uint256 quantity, uint256 collateralRemoved, uint256 debtRepaid, uint256 quoteOut, uint256 fee)
func (navLeveragedToken *NavLeveragedToken) UnpackRedeemedEvent(log *types.Log) (*NavLeveragedTokenRedeemed, error) {
	event := "Redeemed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != navLeveragedToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NavLeveragedTokenRedeemed)
	if len(log.Data) > 0 {
		if err := navLeveragedToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range navLeveragedToken.abi.Events[event].Inputs {
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

// NavLeveragedTokenReserveFunded represents a ReserveFunded event raised by the NavLeveragedToken contract.
type NavLeveragedTokenReserveFunded struct {
	CollateralUnits *big.Int
	QuoteUnits      *big.Int
	Raw             *types.Log // Blockchain specific contextual infos
}

const NavLeveragedTokenReserveFundedEventName = "ReserveFunded"

// ContractEventName returns the user-defined event name.
func (NavLeveragedTokenReserveFunded) ContractEventName() string {
	return NavLeveragedTokenReserveFundedEventName
}

// UnpackReserveFundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReserveFunded(uint256 collateralUnits, uint256 quoteUnits)
func (navLeveragedToken *NavLeveragedToken) UnpackReserveFundedEvent(log *types.Log) (*NavLeveragedTokenReserveFunded, error) {
	event := "ReserveFunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != navLeveragedToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NavLeveragedTokenReserveFunded)
	if len(log.Data) > 0 {
		if err := navLeveragedToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range navLeveragedToken.abi.Events[event].Inputs {
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

// NavLeveragedTokenReserveWithdrawn represents a ReserveWithdrawn event raised by the NavLeveragedToken contract.
type NavLeveragedTokenReserveWithdrawn struct {
	To              common.Address
	CollateralUnits *big.Int
	QuoteUnits      *big.Int
	Raw             *types.Log // Blockchain specific contextual infos
}

const NavLeveragedTokenReserveWithdrawnEventName = "ReserveWithdrawn"

// ContractEventName returns the user-defined event name.
func (NavLeveragedTokenReserveWithdrawn) ContractEventName() string {
	return NavLeveragedTokenReserveWithdrawnEventName
}

// UnpackReserveWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReserveWithdrawn(address indexed to, uint256 collateralUnits, uint256 quoteUnits)
func (navLeveragedToken *NavLeveragedToken) UnpackReserveWithdrawnEvent(log *types.Log) (*NavLeveragedTokenReserveWithdrawn, error) {
	event := "ReserveWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != navLeveragedToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NavLeveragedTokenReserveWithdrawn)
	if len(log.Data) > 0 {
		if err := navLeveragedToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range navLeveragedToken.abi.Events[event].Inputs {
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

// NavLeveragedTokenStreamingFeeAccrued represents a StreamingFeeAccrued event raised by the NavLeveragedToken contract.
type NavLeveragedTokenStreamingFeeAccrued struct {
	FeeTokens *big.Int
	Elapsed   *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const NavLeveragedTokenStreamingFeeAccruedEventName = "StreamingFeeAccrued"

// ContractEventName returns the user-defined event name.
func (NavLeveragedTokenStreamingFeeAccrued) ContractEventName() string {
	return NavLeveragedTokenStreamingFeeAccruedEventName
}

// UnpackStreamingFeeAccruedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StreamingFeeAccrued(uint256 feeTokens, uint256 elapsed)
func (navLeveragedToken *NavLeveragedToken) UnpackStreamingFeeAccruedEvent(log *types.Log) (*NavLeveragedTokenStreamingFeeAccrued, error) {
	event := "StreamingFeeAccrued"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != navLeveragedToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NavLeveragedTokenStreamingFeeAccrued)
	if len(log.Data) > 0 {
		if err := navLeveragedToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range navLeveragedToken.abi.Events[event].Inputs {
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

// NavLeveragedTokenTransfer represents a Transfer event raised by the NavLeveragedToken contract.
type NavLeveragedTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const NavLeveragedTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (NavLeveragedTokenTransfer) ContractEventName() string {
	return NavLeveragedTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (navLeveragedToken *NavLeveragedToken) UnpackTransferEvent(log *types.Log) (*NavLeveragedTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != navLeveragedToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NavLeveragedTokenTransfer)
	if len(log.Data) > 0 {
		if err := navLeveragedToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range navLeveragedToken.abi.Events[event].Inputs {
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

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (navLeveragedToken *NavLeveragedToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], navLeveragedToken.abi.Errors["AlreadyBootstrapped"].ID.Bytes()[:4]) {
		return navLeveragedToken.UnpackAlreadyBootstrappedError(raw[4:])
	}
	if bytes.Equal(raw[:4], navLeveragedToken.abi.Errors["BadParameter"].ID.Bytes()[:4]) {
		return navLeveragedToken.UnpackBadParameterError(raw[4:])
	}
	if bytes.Equal(raw[:4], navLeveragedToken.abi.Errors["BelowRipcord"].ID.Bytes()[:4]) {
		return navLeveragedToken.UnpackBelowRipcordError(raw[4:])
	}
	if bytes.Equal(raw[:4], navLeveragedToken.abi.Errors["Insolvent"].ID.Bytes()[:4]) {
		return navLeveragedToken.UnpackInsolventError(raw[4:])
	}
	if bytes.Equal(raw[:4], navLeveragedToken.abi.Errors["InsufficientAllowance"].ID.Bytes()[:4]) {
		return navLeveragedToken.UnpackInsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], navLeveragedToken.abi.Errors["InsufficientBalance"].ID.Bytes()[:4]) {
		return navLeveragedToken.UnpackInsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], navLeveragedToken.abi.Errors["IsPaused"].ID.Bytes()[:4]) {
		return navLeveragedToken.UnpackIsPausedError(raw[4:])
	}
	if bytes.Equal(raw[:4], navLeveragedToken.abi.Errors["NotBootstrapped"].ID.Bytes()[:4]) {
		return navLeveragedToken.UnpackNotBootstrappedError(raw[4:])
	}
	if bytes.Equal(raw[:4], navLeveragedToken.abi.Errors["NotKeeper"].ID.Bytes()[:4]) {
		return navLeveragedToken.UnpackNotKeeperError(raw[4:])
	}
	if bytes.Equal(raw[:4], navLeveragedToken.abi.Errors["NotOwner"].ID.Bytes()[:4]) {
		return navLeveragedToken.UnpackNotOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], navLeveragedToken.abi.Errors["ReserveShort"].ID.Bytes()[:4]) {
		return navLeveragedToken.UnpackReserveShortError(raw[4:])
	}
	if bytes.Equal(raw[:4], navLeveragedToken.abi.Errors["Slippage"].ID.Bytes()[:4]) {
		return navLeveragedToken.UnpackSlippageError(raw[4:])
	}
	if bytes.Equal(raw[:4], navLeveragedToken.abi.Errors["StalePrice"].ID.Bytes()[:4]) {
		return navLeveragedToken.UnpackStalePriceError(raw[4:])
	}
	if bytes.Equal(raw[:4], navLeveragedToken.abi.Errors["TokenTransfer"].ID.Bytes()[:4]) {
		return navLeveragedToken.UnpackTokenTransferError(raw[4:])
	}
	if bytes.Equal(raw[:4], navLeveragedToken.abi.Errors["WithinBands"].ID.Bytes()[:4]) {
		return navLeveragedToken.UnpackWithinBandsError(raw[4:])
	}
	if bytes.Equal(raw[:4], navLeveragedToken.abi.Errors["ZeroQuantity"].ID.Bytes()[:4]) {
		return navLeveragedToken.UnpackZeroQuantityError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// NavLeveragedTokenAlreadyBootstrapped represents a AlreadyBootstrapped error raised by the NavLeveragedToken contract.
type NavLeveragedTokenAlreadyBootstrapped struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyBootstrapped()
func NavLeveragedTokenAlreadyBootstrappedErrorID() common.Hash {
	return common.HexToHash("0xb807a0ea402ffa7c63f61fb8f836d15667064aecb8eed1852ac0bb9a62100729")
}

// UnpackAlreadyBootstrappedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyBootstrapped()
func (navLeveragedToken *NavLeveragedToken) UnpackAlreadyBootstrappedError(raw []byte) (*NavLeveragedTokenAlreadyBootstrapped, error) {
	out := new(NavLeveragedTokenAlreadyBootstrapped)
	if err := navLeveragedToken.abi.UnpackIntoInterface(out, "AlreadyBootstrapped", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NavLeveragedTokenBadParameter represents a BadParameter error raised by the NavLeveragedToken contract.
type NavLeveragedTokenBadParameter struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadParameter()
func NavLeveragedTokenBadParameterErrorID() common.Hash {
	return common.HexToHash("0x8ec48e16047a0178c89bdefa13cab01a03913d2353214edd02ae0575f1cd52a7")
}

// UnpackBadParameterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadParameter()
func (navLeveragedToken *NavLeveragedToken) UnpackBadParameterError(raw []byte) (*NavLeveragedTokenBadParameter, error) {
	out := new(NavLeveragedTokenBadParameter)
	if err := navLeveragedToken.abi.UnpackIntoInterface(out, "BadParameter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NavLeveragedTokenBelowRipcord represents a BelowRipcord error raised by the NavLeveragedToken contract.
type NavLeveragedTokenBelowRipcord struct {
	Leverage *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BelowRipcord(uint256 leverage)
func NavLeveragedTokenBelowRipcordErrorID() common.Hash {
	return common.HexToHash("0xe368b9171e5389c852ea38c7ea064a0ac082bd46d2bcf3b203e4969ad4c5eda2")
}

// UnpackBelowRipcordError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BelowRipcord(uint256 leverage)
func (navLeveragedToken *NavLeveragedToken) UnpackBelowRipcordError(raw []byte) (*NavLeveragedTokenBelowRipcord, error) {
	out := new(NavLeveragedTokenBelowRipcord)
	if err := navLeveragedToken.abi.UnpackIntoInterface(out, "BelowRipcord", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NavLeveragedTokenInsolvent represents a Insolvent error raised by the NavLeveragedToken contract.
type NavLeveragedTokenInsolvent struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Insolvent()
func NavLeveragedTokenInsolventErrorID() common.Hash {
	return common.HexToHash("0xfc220038dd9537de7655560b6afd06dcea02819c57f7ce0a390d00abb0854ca4")
}

// UnpackInsolventError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Insolvent()
func (navLeveragedToken *NavLeveragedToken) UnpackInsolventError(raw []byte) (*NavLeveragedTokenInsolvent, error) {
	out := new(NavLeveragedTokenInsolvent)
	if err := navLeveragedToken.abi.UnpackIntoInterface(out, "Insolvent", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NavLeveragedTokenInsufficientAllowance represents a InsufficientAllowance error raised by the NavLeveragedToken contract.
type NavLeveragedTokenInsufficientAllowance struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientAllowance()
func NavLeveragedTokenInsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0x13be252bc8f22c3de689f75d88d90b4c4aeb9cd39d50c39ae82df3b19f85cf73")
}

// UnpackInsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientAllowance()
func (navLeveragedToken *NavLeveragedToken) UnpackInsufficientAllowanceError(raw []byte) (*NavLeveragedTokenInsufficientAllowance, error) {
	out := new(NavLeveragedTokenInsufficientAllowance)
	if err := navLeveragedToken.abi.UnpackIntoInterface(out, "InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NavLeveragedTokenInsufficientBalance represents a InsufficientBalance error raised by the NavLeveragedToken contract.
type NavLeveragedTokenInsufficientBalance struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientBalance()
func NavLeveragedTokenInsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xf4d678b8ce6b5157126b1484a53523762a93571537a7d5ae97d8014a44715c94")
}

// UnpackInsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientBalance()
func (navLeveragedToken *NavLeveragedToken) UnpackInsufficientBalanceError(raw []byte) (*NavLeveragedTokenInsufficientBalance, error) {
	out := new(NavLeveragedTokenInsufficientBalance)
	if err := navLeveragedToken.abi.UnpackIntoInterface(out, "InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NavLeveragedTokenIsPaused represents a IsPaused error raised by the NavLeveragedToken contract.
type NavLeveragedTokenIsPaused struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IsPaused()
func NavLeveragedTokenIsPausedErrorID() common.Hash {
	return common.HexToHash("0x1309a5639731e6b91c4aa19095f23eee07602ba240a393e2b5ccbf71a8e2952f")
}

// UnpackIsPausedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IsPaused()
func (navLeveragedToken *NavLeveragedToken) UnpackIsPausedError(raw []byte) (*NavLeveragedTokenIsPaused, error) {
	out := new(NavLeveragedTokenIsPaused)
	if err := navLeveragedToken.abi.UnpackIntoInterface(out, "IsPaused", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NavLeveragedTokenNotBootstrapped represents a NotBootstrapped error raised by the NavLeveragedToken contract.
type NavLeveragedTokenNotBootstrapped struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotBootstrapped()
func NavLeveragedTokenNotBootstrappedErrorID() common.Hash {
	return common.HexToHash("0x6e27ae10a13deb59b798174e9d74d038e02921ad12355b1b8bd442fd2dc4efab")
}

// UnpackNotBootstrappedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotBootstrapped()
func (navLeveragedToken *NavLeveragedToken) UnpackNotBootstrappedError(raw []byte) (*NavLeveragedTokenNotBootstrapped, error) {
	out := new(NavLeveragedTokenNotBootstrapped)
	if err := navLeveragedToken.abi.UnpackIntoInterface(out, "NotBootstrapped", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NavLeveragedTokenNotKeeper represents a NotKeeper error raised by the NavLeveragedToken contract.
type NavLeveragedTokenNotKeeper struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotKeeper()
func NavLeveragedTokenNotKeeperErrorID() common.Hash {
	return common.HexToHash("0xf512b2786dc2fe013a79b1a8e10af3bcfb4da22238e025c15eb572b6194eb703")
}

// UnpackNotKeeperError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotKeeper()
func (navLeveragedToken *NavLeveragedToken) UnpackNotKeeperError(raw []byte) (*NavLeveragedTokenNotKeeper, error) {
	out := new(NavLeveragedTokenNotKeeper)
	if err := navLeveragedToken.abi.UnpackIntoInterface(out, "NotKeeper", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NavLeveragedTokenNotOwner represents a NotOwner error raised by the NavLeveragedToken contract.
type NavLeveragedTokenNotOwner struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwner()
func NavLeveragedTokenNotOwnerErrorID() common.Hash {
	return common.HexToHash("0x30cd74712f59d478562d48e2d35de830db72c60a63dd08ae59199eec990b5bc4")
}

// UnpackNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwner()
func (navLeveragedToken *NavLeveragedToken) UnpackNotOwnerError(raw []byte) (*NavLeveragedTokenNotOwner, error) {
	out := new(NavLeveragedTokenNotOwner)
	if err := navLeveragedToken.abi.UnpackIntoInterface(out, "NotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NavLeveragedTokenReserveShort represents a ReserveShort error raised by the NavLeveragedToken contract.
type NavLeveragedTokenReserveShort struct {
	Needed    *big.Int
	Available *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReserveShort(uint256 needed, uint256 available)
func NavLeveragedTokenReserveShortErrorID() common.Hash {
	return common.HexToHash("0xcfe90308a310189fdd459ddad240fee670c4030db234a62f6440662894d40ee8")
}

// UnpackReserveShortError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReserveShort(uint256 needed, uint256 available)
func (navLeveragedToken *NavLeveragedToken) UnpackReserveShortError(raw []byte) (*NavLeveragedTokenReserveShort, error) {
	out := new(NavLeveragedTokenReserveShort)
	if err := navLeveragedToken.abi.UnpackIntoInterface(out, "ReserveShort", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NavLeveragedTokenSlippage represents a Slippage error raised by the NavLeveragedToken contract.
type NavLeveragedTokenSlippage struct {
	Amount *big.Int
	Limit  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slippage(uint256 amount, uint256 limit)
func NavLeveragedTokenSlippageErrorID() common.Hash {
	return common.HexToHash("0x2746152a4b5a8cbfa74a83d42c54b637196958aade7f0d4cb312a6b5919d94f8")
}

// UnpackSlippageError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slippage(uint256 amount, uint256 limit)
func (navLeveragedToken *NavLeveragedToken) UnpackSlippageError(raw []byte) (*NavLeveragedTokenSlippage, error) {
	out := new(NavLeveragedTokenSlippage)
	if err := navLeveragedToken.abi.UnpackIntoInterface(out, "Slippage", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NavLeveragedTokenStalePrice represents a StalePrice error raised by the NavLeveragedToken contract.
type NavLeveragedTokenStalePrice struct {
	Age    *big.Int
	MaxAge *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StalePrice(uint256 age, uint256 maxAge)
func NavLeveragedTokenStalePriceErrorID() common.Hash {
	return common.HexToHash("0x2730eb48b74ddb54b6d7350f70a148844609908c35a2ee52be7881b788079269")
}

// UnpackStalePriceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StalePrice(uint256 age, uint256 maxAge)
func (navLeveragedToken *NavLeveragedToken) UnpackStalePriceError(raw []byte) (*NavLeveragedTokenStalePrice, error) {
	out := new(NavLeveragedTokenStalePrice)
	if err := navLeveragedToken.abi.UnpackIntoInterface(out, "StalePrice", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NavLeveragedTokenTokenTransfer represents a TokenTransfer error raised by the NavLeveragedToken contract.
type NavLeveragedTokenTokenTransfer struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenTransfer()
func NavLeveragedTokenTokenTransferErrorID() common.Hash {
	return common.HexToHash("0xeb2cf4fc9168a2d848de8c48d73f2b6e32ef3b25eb1e730b673209b002bca01d")
}

// UnpackTokenTransferError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenTransfer()
func (navLeveragedToken *NavLeveragedToken) UnpackTokenTransferError(raw []byte) (*NavLeveragedTokenTokenTransfer, error) {
	out := new(NavLeveragedTokenTokenTransfer)
	if err := navLeveragedToken.abi.UnpackIntoInterface(out, "TokenTransfer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NavLeveragedTokenWithinBands represents a WithinBands error raised by the NavLeveragedToken contract.
type NavLeveragedTokenWithinBands struct {
	Leverage *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WithinBands(uint256 leverage)
func NavLeveragedTokenWithinBandsErrorID() common.Hash {
	return common.HexToHash("0xca3d4032891cc54386baf941a0f6daeccfb1d2fc09e59122791b6470639e299a")
}

// UnpackWithinBandsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WithinBands(uint256 leverage)
func (navLeveragedToken *NavLeveragedToken) UnpackWithinBandsError(raw []byte) (*NavLeveragedTokenWithinBands, error) {
	out := new(NavLeveragedTokenWithinBands)
	if err := navLeveragedToken.abi.UnpackIntoInterface(out, "WithinBands", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NavLeveragedTokenZeroQuantity represents a ZeroQuantity error raised by the NavLeveragedToken contract.
type NavLeveragedTokenZeroQuantity struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroQuantity()
func NavLeveragedTokenZeroQuantityErrorID() common.Hash {
	return common.HexToHash("0xf4f5b7331c9ddc4c5ff0105b1dc46ac269f0c3a61917370df41c0c5bc6715f5e")
}

// UnpackZeroQuantityError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroQuantity()
func (navLeveragedToken *NavLeveragedToken) UnpackZeroQuantityError(raw []byte) (*NavLeveragedTokenZeroQuantity, error) {
	out := new(NavLeveragedTokenZeroQuantity)
	if err := navLeveragedToken.abi.UnpackIntoInterface(out, "ZeroQuantity", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NavPriceFeedMetaData contains all meta data concerning the NavPriceFeed contract.
var NavPriceFeedMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"price_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"heartbeat_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deviationBps_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deviationBps\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"age\",\"type\":\"uint256\"}],\"name\":\"NoUpdateDue\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotKeeper\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroPrice\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"keeper\",\"type\":\"address\"}],\"name\":\"KeeperSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"round\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"updatedAt\",\"type\":\"uint256\"}],\"name\":\"PriceUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"heartbeat\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deviationBps\",\"type\":\"uint256\"}],\"name\":\"RuleSet\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"deviationBps\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newPrice\",\"type\":\"uint256\"}],\"name\":\"deviationOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"heartbeat\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"keeper\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latest\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"price\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"round\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"keeper_\",\"type\":\"address\"}],\"name\":\"setKeeper\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"heartbeat_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deviationBps_\",\"type\":\"uint256\"}],\"name\":\"setRule\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newPrice\",\"type\":\"uint256\"}],\"name\":\"update\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"updatedAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "NavPriceFeed",
	Bin: "0x608060405234801561000f575f5ffd5b5060405161060838038061060883398101604081905261002e916100eb565b825f0361004e57604051634dfba02360e01b815260040160405180910390fd5b5f8054336001600160a01b03199182168117909255600180549091169091179055600582905560068190556100828361008a565b50505061013b565b60028190554260035560048054600191905f906100a8908490610116565b9091555050600454604080518381524260208201527f15819dd2fd9f6418b142e798d08a18d0bf06ea368f4480b7b0d3f75bd966bc48910160405180910390a250565b5f5f5f606084860312156100fd575f5ffd5b5050815160208301516040909301519094929350919050565b8082018082111561013557634e487b7160e01b5f52601160045260245ffd5b92915050565b6104c0806101485f395ff3fe608060405234801561000f575f5ffd5b50600436106100b1575f3560e01c80637519ab501161006e5780637519ab50146101265780637712b2d81461012f57806382ab890a146101425780638da5cb5b14610155578063a035b1fe1461017f578063aced166114610188575f5ffd5b8063146ca531146100b557806322b28da9146100d15780633defb962146100e657806352bfe789146100ef57806372741e181461010a578063748747e614610113575b5f5ffd5b6100be60045481565b6040519081526020015b60405180910390f35b6100e46100df3660046103ed565b61019b565b005b6100be60055481565b600254600354604080519283526020830191909152016100c8565b6100be60065481565b6100e461012136600461040d565b61020c565b6100be60035481565b6100be61013d366004610433565b61028a565b6100e4610150366004610433565b6102d8565b5f54610167906001600160a01b031681565b6040516001600160a01b0390911681526020016100c8565b6100be60025481565b600154610167906001600160a01b031681565b5f546001600160a01b031633146101c5576040516330cd747160e01b815260040160405180910390fd5b6005829055600681905560408051838152602081018390527fedf5b73f718dbe150f58ebee249154fcd04be18dc8cb38c513d4e8f3432e3fc1910160405180910390a15050565b5f546001600160a01b03163314610236576040516330cd747160e01b815260040160405180910390fd5b600180546001600160a01b0319166001600160a01b0383169081179091556040519081527fdc3dba1d64dd67c0dc8b12621edd0c6ca4303a9073c3a8fcac38115e73d67b6b9060200160405180910390a150565b5f5f60025483116102a857826002546102a3919061045e565b6102b5565b6002546102b5908461045e565b6002549091506102c782612710610477565b6102d1919061048e565b9392505050565b6001546001600160a01b0316331461030357604051631ea2564f60e31b815260040160405180910390fd5b805f0361032357604051634dfba02360e01b815260040160405180910390fd5b5f60035442610332919061045e565b90505f61033e8361028a565b905060055482108015610352575060065481105b1561037e5760405163314ec99560e11b8152600481018290526024810183905260440160405180910390fd5b6103878361038c565b505050565b60028190554260035560048054600191905f906103aa9084906104ad565b9091555050600454604080518381524260208201527f15819dd2fd9f6418b142e798d08a18d0bf06ea368f4480b7b0d3f75bd966bc48910160405180910390a250565b5f5f604083850312156103fe575f5ffd5b50508035926020909101359150565b5f6020828403121561041d575f5ffd5b81356001600160a01b03811681146102d1575f5ffd5b5f60208284031215610443575f5ffd5b5035919050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156104715761047161044a565b92915050565b80820281158282048414176104715761047161044a565b5f826104a857634e487b7160e01b5f52601260045260245ffd5b500490565b808201808211156104715761047161044a56",
}

// NavPriceFeed is an auto generated Go binding around an Ethereum contract.
type NavPriceFeed struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *NavPriceFeed) GetABI() abi.ABI {
	return c.abi
}

// NewNavPriceFeed creates a new instance of NavPriceFeed.
func NewNavPriceFeed() *NavPriceFeed {
	parsed, err := NavPriceFeedMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &NavPriceFeed{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *NavPriceFeed) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint256 price_, uint256 heartbeat_, uint256 deviationBps_) returns()
func (navPriceFeed *NavPriceFeed) PackConstructor(price_ *big.Int, heartbeat_ *big.Int, deviationBps_ *big.Int) []byte {
	enc, err := navPriceFeed.abi.Pack("", price_, heartbeat_, deviationBps_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDeviationBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x72741e18.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deviationBps() view returns(uint256)
func (navPriceFeed *NavPriceFeed) PackDeviationBps() []byte {
	enc, err := navPriceFeed.abi.Pack("deviationBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeviationBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x72741e18.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deviationBps() view returns(uint256)
func (navPriceFeed *NavPriceFeed) TryPackDeviationBps() ([]byte, error) {
	return navPriceFeed.abi.Pack("deviationBps")
}

// UnpackDeviationBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x72741e18.
//
// Solidity: function deviationBps() view returns(uint256)
func (navPriceFeed *NavPriceFeed) UnpackDeviationBps(data []byte) (*big.Int, error) {
	out, err := navPriceFeed.abi.Unpack("deviationBps", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDeviationOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7712b2d8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deviationOf(uint256 newPrice) view returns(uint256)
func (navPriceFeed *NavPriceFeed) PackDeviationOf(newPrice *big.Int) []byte {
	enc, err := navPriceFeed.abi.Pack("deviationOf", newPrice)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeviationOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7712b2d8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deviationOf(uint256 newPrice) view returns(uint256)
func (navPriceFeed *NavPriceFeed) TryPackDeviationOf(newPrice *big.Int) ([]byte, error) {
	return navPriceFeed.abi.Pack("deviationOf", newPrice)
}

// UnpackDeviationOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7712b2d8.
//
// Solidity: function deviationOf(uint256 newPrice) view returns(uint256)
func (navPriceFeed *NavPriceFeed) UnpackDeviationOf(data []byte) (*big.Int, error) {
	out, err := navPriceFeed.abi.Unpack("deviationOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackHeartbeat is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3defb962.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function heartbeat() view returns(uint256)
func (navPriceFeed *NavPriceFeed) PackHeartbeat() []byte {
	enc, err := navPriceFeed.abi.Pack("heartbeat")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHeartbeat is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3defb962.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function heartbeat() view returns(uint256)
func (navPriceFeed *NavPriceFeed) TryPackHeartbeat() ([]byte, error) {
	return navPriceFeed.abi.Pack("heartbeat")
}

// UnpackHeartbeat is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3defb962.
//
// Solidity: function heartbeat() view returns(uint256)
func (navPriceFeed *NavPriceFeed) UnpackHeartbeat(data []byte) (*big.Int, error) {
	out, err := navPriceFeed.abi.Unpack("heartbeat", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackKeeper is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaced1661.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function keeper() view returns(address)
func (navPriceFeed *NavPriceFeed) PackKeeper() []byte {
	enc, err := navPriceFeed.abi.Pack("keeper")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKeeper is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaced1661.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function keeper() view returns(address)
func (navPriceFeed *NavPriceFeed) TryPackKeeper() ([]byte, error) {
	return navPriceFeed.abi.Pack("keeper")
}

// UnpackKeeper is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaced1661.
//
// Solidity: function keeper() view returns(address)
func (navPriceFeed *NavPriceFeed) UnpackKeeper(data []byte) (common.Address, error) {
	out, err := navPriceFeed.abi.Unpack("keeper", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackLatest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52bfe789.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latest() view returns(uint256, uint256)
func (navPriceFeed *NavPriceFeed) PackLatest() []byte {
	enc, err := navPriceFeed.abi.Pack("latest")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52bfe789.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latest() view returns(uint256, uint256)
func (navPriceFeed *NavPriceFeed) TryPackLatest() ([]byte, error) {
	return navPriceFeed.abi.Pack("latest")
}

// LatestOutput serves as a container for the return parameters of contract
// method Latest.
type LatestOutput struct {
	Arg0 *big.Int
	Arg1 *big.Int
}

// UnpackLatest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52bfe789.
//
// Solidity: function latest() view returns(uint256, uint256)
func (navPriceFeed *NavPriceFeed) UnpackLatest(data []byte) (LatestOutput, error) {
	out, err := navPriceFeed.abi.Unpack("latest", data)
	outstruct := new(LatestOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Arg1 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (navPriceFeed *NavPriceFeed) PackOwner() []byte {
	enc, err := navPriceFeed.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (navPriceFeed *NavPriceFeed) TryPackOwner() ([]byte, error) {
	return navPriceFeed.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (navPriceFeed *NavPriceFeed) UnpackOwner(data []byte) (common.Address, error) {
	out, err := navPriceFeed.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa035b1fe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function price() view returns(uint256)
func (navPriceFeed *NavPriceFeed) PackPrice() []byte {
	enc, err := navPriceFeed.abi.Pack("price")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa035b1fe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function price() view returns(uint256)
func (navPriceFeed *NavPriceFeed) TryPackPrice() ([]byte, error) {
	return navPriceFeed.abi.Pack("price")
}

// UnpackPrice is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa035b1fe.
//
// Solidity: function price() view returns(uint256)
func (navPriceFeed *NavPriceFeed) UnpackPrice(data []byte) (*big.Int, error) {
	out, err := navPriceFeed.abi.Unpack("price", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x146ca531.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function round() view returns(uint256)
func (navPriceFeed *NavPriceFeed) PackRound() []byte {
	enc, err := navPriceFeed.abi.Pack("round")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x146ca531.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function round() view returns(uint256)
func (navPriceFeed *NavPriceFeed) TryPackRound() ([]byte, error) {
	return navPriceFeed.abi.Pack("round")
}

// UnpackRound is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x146ca531.
//
// Solidity: function round() view returns(uint256)
func (navPriceFeed *NavPriceFeed) UnpackRound(data []byte) (*big.Int, error) {
	out, err := navPriceFeed.abi.Unpack("round", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSetKeeper is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x748747e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setKeeper(address keeper_) returns()
func (navPriceFeed *NavPriceFeed) PackSetKeeper(keeper common.Address) []byte {
	enc, err := navPriceFeed.abi.Pack("setKeeper", keeper)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetKeeper is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x748747e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setKeeper(address keeper_) returns()
func (navPriceFeed *NavPriceFeed) TryPackSetKeeper(keeper common.Address) ([]byte, error) {
	return navPriceFeed.abi.Pack("setKeeper", keeper)
}

// PackSetRule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22b28da9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRule(uint256 heartbeat_, uint256 deviationBps_) returns()
func (navPriceFeed *NavPriceFeed) PackSetRule(heartbeat *big.Int, deviationBps *big.Int) []byte {
	enc, err := navPriceFeed.abi.Pack("setRule", heartbeat, deviationBps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetRule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22b28da9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setRule(uint256 heartbeat_, uint256 deviationBps_) returns()
func (navPriceFeed *NavPriceFeed) TryPackSetRule(heartbeat *big.Int, deviationBps *big.Int) ([]byte, error) {
	return navPriceFeed.abi.Pack("setRule", heartbeat, deviationBps)
}

// PackUpdate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82ab890a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function update(uint256 newPrice) returns()
func (navPriceFeed *NavPriceFeed) PackUpdate(newPrice *big.Int) []byte {
	enc, err := navPriceFeed.abi.Pack("update", newPrice)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82ab890a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function update(uint256 newPrice) returns()
func (navPriceFeed *NavPriceFeed) TryPackUpdate(newPrice *big.Int) ([]byte, error) {
	return navPriceFeed.abi.Pack("update", newPrice)
}

// PackUpdatedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7519ab50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updatedAt() view returns(uint256)
func (navPriceFeed *NavPriceFeed) PackUpdatedAt() []byte {
	enc, err := navPriceFeed.abi.Pack("updatedAt")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdatedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7519ab50.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updatedAt() view returns(uint256)
func (navPriceFeed *NavPriceFeed) TryPackUpdatedAt() ([]byte, error) {
	return navPriceFeed.abi.Pack("updatedAt")
}

// UnpackUpdatedAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7519ab50.
//
// Solidity: function updatedAt() view returns(uint256)
func (navPriceFeed *NavPriceFeed) UnpackUpdatedAt(data []byte) (*big.Int, error) {
	out, err := navPriceFeed.abi.Unpack("updatedAt", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// NavPriceFeedKeeperSet represents a KeeperSet event raised by the NavPriceFeed contract.
type NavPriceFeedKeeperSet struct {
	Keeper common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const NavPriceFeedKeeperSetEventName = "KeeperSet"

// ContractEventName returns the user-defined event name.
func (NavPriceFeedKeeperSet) ContractEventName() string {
	return NavPriceFeedKeeperSetEventName
}

// UnpackKeeperSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event KeeperSet(address keeper)
func (navPriceFeed *NavPriceFeed) UnpackKeeperSetEvent(log *types.Log) (*NavPriceFeedKeeperSet, error) {
	event := "KeeperSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != navPriceFeed.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NavPriceFeedKeeperSet)
	if len(log.Data) > 0 {
		if err := navPriceFeed.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range navPriceFeed.abi.Events[event].Inputs {
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

// NavPriceFeedPriceUpdated represents a PriceUpdated event raised by the NavPriceFeed contract.
type NavPriceFeedPriceUpdated struct {
	Round     *big.Int
	Price     *big.Int
	UpdatedAt *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const NavPriceFeedPriceUpdatedEventName = "PriceUpdated"

// ContractEventName returns the user-defined event name.
func (NavPriceFeedPriceUpdated) ContractEventName() string {
	return NavPriceFeedPriceUpdatedEventName
}

// UnpackPriceUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PriceUpdated(uint256 indexed round, uint256 price, uint256 updatedAt)
func (navPriceFeed *NavPriceFeed) UnpackPriceUpdatedEvent(log *types.Log) (*NavPriceFeedPriceUpdated, error) {
	event := "PriceUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != navPriceFeed.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NavPriceFeedPriceUpdated)
	if len(log.Data) > 0 {
		if err := navPriceFeed.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range navPriceFeed.abi.Events[event].Inputs {
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

// NavPriceFeedRuleSet represents a RuleSet event raised by the NavPriceFeed contract.
type NavPriceFeedRuleSet struct {
	Heartbeat    *big.Int
	DeviationBps *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const NavPriceFeedRuleSetEventName = "RuleSet"

// ContractEventName returns the user-defined event name.
func (NavPriceFeedRuleSet) ContractEventName() string {
	return NavPriceFeedRuleSetEventName
}

// UnpackRuleSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RuleSet(uint256 heartbeat, uint256 deviationBps)
func (navPriceFeed *NavPriceFeed) UnpackRuleSetEvent(log *types.Log) (*NavPriceFeedRuleSet, error) {
	event := "RuleSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != navPriceFeed.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NavPriceFeedRuleSet)
	if len(log.Data) > 0 {
		if err := navPriceFeed.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range navPriceFeed.abi.Events[event].Inputs {
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

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (navPriceFeed *NavPriceFeed) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], navPriceFeed.abi.Errors["NoUpdateDue"].ID.Bytes()[:4]) {
		return navPriceFeed.UnpackNoUpdateDueError(raw[4:])
	}
	if bytes.Equal(raw[:4], navPriceFeed.abi.Errors["NotKeeper"].ID.Bytes()[:4]) {
		return navPriceFeed.UnpackNotKeeperError(raw[4:])
	}
	if bytes.Equal(raw[:4], navPriceFeed.abi.Errors["NotOwner"].ID.Bytes()[:4]) {
		return navPriceFeed.UnpackNotOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], navPriceFeed.abi.Errors["ZeroPrice"].ID.Bytes()[:4]) {
		return navPriceFeed.UnpackZeroPriceError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// NavPriceFeedNoUpdateDue represents a NoUpdateDue error raised by the NavPriceFeed contract.
type NavPriceFeedNoUpdateDue struct {
	DeviationBps *big.Int
	Age          *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoUpdateDue(uint256 deviationBps, uint256 age)
func NavPriceFeedNoUpdateDueErrorID() common.Hash {
	return common.HexToHash("0x629d932a0b36a579bb16d1f6e928e6317a64475f19570d17d5d09d78e6a2b2c9")
}

// UnpackNoUpdateDueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoUpdateDue(uint256 deviationBps, uint256 age)
func (navPriceFeed *NavPriceFeed) UnpackNoUpdateDueError(raw []byte) (*NavPriceFeedNoUpdateDue, error) {
	out := new(NavPriceFeedNoUpdateDue)
	if err := navPriceFeed.abi.UnpackIntoInterface(out, "NoUpdateDue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NavPriceFeedNotKeeper represents a NotKeeper error raised by the NavPriceFeed contract.
type NavPriceFeedNotKeeper struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotKeeper()
func NavPriceFeedNotKeeperErrorID() common.Hash {
	return common.HexToHash("0xf512b2786dc2fe013a79b1a8e10af3bcfb4da22238e025c15eb572b6194eb703")
}

// UnpackNotKeeperError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotKeeper()
func (navPriceFeed *NavPriceFeed) UnpackNotKeeperError(raw []byte) (*NavPriceFeedNotKeeper, error) {
	out := new(NavPriceFeedNotKeeper)
	if err := navPriceFeed.abi.UnpackIntoInterface(out, "NotKeeper", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NavPriceFeedNotOwner represents a NotOwner error raised by the NavPriceFeed contract.
type NavPriceFeedNotOwner struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwner()
func NavPriceFeedNotOwnerErrorID() common.Hash {
	return common.HexToHash("0x30cd74712f59d478562d48e2d35de830db72c60a63dd08ae59199eec990b5bc4")
}

// UnpackNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwner()
func (navPriceFeed *NavPriceFeed) UnpackNotOwnerError(raw []byte) (*NavPriceFeedNotOwner, error) {
	out := new(NavPriceFeedNotOwner)
	if err := navPriceFeed.abi.UnpackIntoInterface(out, "NotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NavPriceFeedZeroPrice represents a ZeroPrice error raised by the NavPriceFeed contract.
type NavPriceFeedZeroPrice struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroPrice()
func NavPriceFeedZeroPriceErrorID() common.Hash {
	return common.HexToHash("0x4dfba023c19aaad0ad1005b8a52f2ae0c7a1acb3f45ecd31562b980620d65f93")
}

// UnpackZeroPriceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroPrice()
func (navPriceFeed *NavPriceFeed) UnpackZeroPriceError(raw []byte) (*NavPriceFeedZeroPrice, error) {
	out := new(NavPriceFeedZeroPrice)
	if err := navPriceFeed.abi.UnpackIntoInterface(out, "ZeroPrice", raw); err != nil {
		return nil, err
	}
	return out, nil
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
	ABI: "[{\"inputs\":[],\"name\":\"V2SwapSucceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount0Owed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount1Owed\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"uniswapV3MintCallback\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"amount0Delta\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"amount1Delta\",\"type\":\"int256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"uniswapV3SwapCallback\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pair\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"tokenIn\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"amountIns\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amount0Outs\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amount1Outs\",\"type\":\"uint256[]\"}],\"name\":\"v2Probe\",\"outputs\":[{\"internalType\":\"bool[]\",\"name\":\"ok\",\"type\":\"bool[]\"},{\"internalType\":\"bytes[]\",\"name\":\"reasons\",\"type\":\"bytes[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pair\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"tokenIn\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amountIn\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount0Out\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount1Out\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"v2Swap\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"pair\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"tokenIn\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amountIn\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount0Out\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount1Out\",\"type\":\"uint256\"}],\"name\":\"v2SwapAndRevert\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"int24\",\"name\":\"tickLower\",\"type\":\"int24\"},{\"internalType\":\"int24\",\"name\":\"tickUpper\",\"type\":\"int24\"},{\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"v3Burn\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"amount0\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"amount1\",\"type\":\"uint128\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"int24\",\"name\":\"tickLower\",\"type\":\"int24\"},{\"internalType\":\"int24\",\"name\":\"tickUpper\",\"type\":\"int24\"},{\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"}],\"name\":\"v3Mint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount0\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount1\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"zeroForOne\",\"type\":\"bool\"},{\"internalType\":\"int256\",\"name\":\"amountSpecified\",\"type\":\"int256\"},{\"internalType\":\"uint160\",\"name\":\"sqrtPriceLimitX96\",\"type\":\"uint160\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"v3Swap\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"amount0\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"amount1\",\"type\":\"int256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "TestUniswapCaller",
	Bin: "0x6080604052348015600e575f5ffd5b5061124d8061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610085575f3560e01c8063dfaf3cef11610058578063dfaf3cef14610103578063f2c741ae14610116578063fa461e3314610149578063fad141171461015c575f5ffd5b8063027bf03714610089578063817f3c0b146100b3578063d3487997146100db578063dd6aaa54146100f0575b5f5ffd5b61009c610097366004610c6c565b61016f565b6040516100aa929190610d5d565b60405180910390f35b6100c66100c1366004610e29565b6103fa565b604080519283526020830191909152016100aa565b6100ee6100e9366004610ebc565b6104bc565b005b6100ee6100fe366004610f0b565b6104ce565b6100ee610111366004610f6e565b6105fc565b610129610124366004610fcf565b610739565b604080516001600160801b039384168152929091166020830152016100aa565b6100ee610157366004610ebc565b61085c565b6100c661016a366004611045565b610884565b60608086858114801561018157508381145b6101d25760405162461bcd60e51b815260206004820152601a60248201527f54657374556e697377617043616c6c65723a206c656e6774687300000000000060448201526064015b60405180910390fd5b8067ffffffffffffffff8111156101eb576101eb61108b565b604051908082528060200260200182016040528015610214578160200160208202803683370190505b5092508067ffffffffffffffff8111156102305761023061108b565b60405190808252806020026020018201604052801561026357816020015b606081526020019060019003908161024e5790505b5091505f5b818110156103eb573063dfaf3cef338e8e8e8e8781811061028b5761028b61109f565b905060200201358d8d888181106102a4576102a461109f565b905060200201358c8c898181106102bd576102bd61109f565b60405160e08a901b6001600160e01b03191681526001600160a01b0398891660048201529688166024880152949096166044860152606485019290925260848401526020909102013560a482015260c40190505f604051808303815f87803b158015610327575f5ffd5b505af1925050508015610338575060015b6103e3573d808015610365576040519150601f19603f3d011682016040523d82523d5f602084013e61036a565b606091505b50805160041480156103945750631b1c98ed60e21b610388826110b3565b6001600160e01b031916145b156103c25760018583815181106103ad576103ad61109f565b911515602092830291909101909101526103e1565b808483815181106103d5576103d561109f565b60200260200101819052505b505b600101610268565b50509850989650505050505050565b5f80546001600160a01b0319166001600160a01b038616908117825560408051336020820152839291633c8a7d8d913091899189918991016040516020818303038152906040526040518663ffffffff1660e01b81526004016104619594939291906110f1565b60408051808303815f875af115801561047c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104a0919061113d565b5f80546001600160a01b03191690559097909650945050505050565b6104c884848484610947565b50505050565b6040516323b872dd60e01b81526001600160a01b038616906323b872dd906104fe9033908a90899060040161115f565b6020604051808303815f875af115801561051a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061053e9190611183565b6105835760405162461bcd60e51b815260206004820152601660248201527554657374556e697377617043616c6c65723a2070617960501b60448201526064016101c9565b60405163022c0d9f60e01b815260048101849052602481018390526001600160a01b038281166044830152608060648301525f608483015287169063022c0d9f9060a4015f604051808303815f87803b1580156105de575f5ffd5b505af11580156105f0573d5f5f3e3d5ffd5b50505050505050505050565b6040516323b872dd60e01b81526001600160a01b038516906323b872dd9061062c9089908990889060040161115f565b6020604051808303815f875af1158015610648573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061066c9190611183565b6106b15760405162461bcd60e51b815260206004820152601660248201527554657374556e697377617043616c6c65723a2070617960501b60448201526064016101c9565b60405163022c0d9f60e01b81526004810183905260248101829052306044820152608060648201525f60848201526001600160a01b0386169063022c0d9f9060a4015f604051808303815f87803b15801561070a575f5ffd5b505af115801561071c573d5f5f3e3d5ffd5b50505050604051631b1c98ed60e21b815260040160405180910390fd5b60405163a34123a760e01b8152600285810b600483015284900b60248201526001600160801b03831660448201525f9081906001600160a01b0388169063a34123a79060640160408051808303815f875af115801561079a573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107be919061113d565b50506040516309e3d67b60e31b81526001600160a01b038481166004830152600288810b602484015287900b60448301526001600160801b03606483018190526084830152881690634f1eb3d89060a40160408051808303815f875af115801561082a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061084e91906111a5565b909890975095505050505050565b6104c85f851361086c575f61086e565b845b5f851361087b575f61087d565b845b8484610947565b5f80546001600160a01b0319166001600160a01b03871690811782556040805133602082015283929163128acb089186918a918a918a91016040516020818303038152906040526040518663ffffffff1660e01b81526004016108eb9594939291906111dd565b60408051808303815f875af1158015610906573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061092a919061113d565b5f80546001600160a01b0319169055909890975095505050505050565b5f546001600160a01b03163314801561096957505f546001600160a01b031615155b6109b55760405162461bcd60e51b815260206004820152601b60248201527f54657374556e697377617043616c6c65723a2063616c6c6261636b000000000060448201526064016101c9565b5f6109c282840184611217565b90508415610ae557336001600160a01b0316630dfe16816040518163ffffffff1660e01b8152600401602060405180830381865afa158015610a06573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a2a9190611232565b6001600160a01b03166323b872dd8233886040518463ffffffff1660e01b8152600401610a599392919061115f565b6020604051808303815f875af1158015610a75573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a999190611183565b610ae55760405162461bcd60e51b815260206004820152601760248201527f54657374556e697377617043616c6c65723a207061793000000000000000000060448201526064016101c9565b8315610c0657336001600160a01b031663d21220a76040518163ffffffff1660e01b8152600401602060405180830381865afa158015610b27573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b4b9190611232565b6001600160a01b03166323b872dd8233876040518463ffffffff1660e01b8152600401610b7a9392919061115f565b6020604051808303815f875af1158015610b96573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610bba9190611183565b610c065760405162461bcd60e51b815260206004820152601760248201527f54657374556e697377617043616c6c65723a207061793100000000000000000060448201526064016101c9565b5050505050565b6001600160a01b0381168114610c21575f5ffd5b50565b5f5f83601f840112610c34575f5ffd5b50813567ffffffffffffffff811115610c4b575f5ffd5b6020830191508360208260051b8501011115610c65575f5ffd5b9250929050565b5f5f5f5f5f5f5f5f60a0898b031215610c83575f5ffd5b8835610c8e81610c0d565b97506020890135610c9e81610c0d565b9650604089013567ffffffffffffffff811115610cb9575f5ffd5b610cc58b828c01610c24565b909750955050606089013567ffffffffffffffff811115610ce4575f5ffd5b610cf08b828c01610c24565b909550935050608089013567ffffffffffffffff811115610d0f575f5ffd5b610d1b8b828c01610c24565b999c989b5096995094979396929594505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b604080825283519082018190525f9060208501906060840190835b81811015610d985783511515835260209384019390920191600101610d78565b50508381036020850152809150845180825260208201925060208160051b830101602087015f5b83811015610df157601f19858403018652610ddb838351610d2f565b6020968701969093509190910190600101610dbf565b509098975050505050505050565b8035600281900b8114610e10575f5ffd5b919050565b6001600160801b0381168114610c21575f5ffd5b5f5f5f5f60808587031215610e3c575f5ffd5b8435610e4781610c0d565b9350610e5560208601610dff565b9250610e6360408601610dff565b91506060850135610e7381610e15565b939692955090935050565b5f5f83601f840112610e8e575f5ffd5b50813567ffffffffffffffff811115610ea5575f5ffd5b602083019150836020828501011115610c65575f5ffd5b5f5f5f5f60608587031215610ecf575f5ffd5b8435935060208501359250604085013567ffffffffffffffff811115610ef3575f5ffd5b610eff87828801610e7e565b95989497509550505050565b5f5f5f5f5f5f60c08789031215610f20575f5ffd5b8635610f2b81610c0d565b95506020870135610f3b81610c0d565b945060408701359350606087013592506080870135915060a0870135610f6081610c0d565b809150509295509295509295565b5f5f5f5f5f5f60c08789031215610f83575f5ffd5b8635610f8e81610c0d565b95506020870135610f9e81610c0d565b94506040870135610fae81610c0d565b959894975094956060810135955060808101359460a0909101359350915050565b5f5f5f5f5f60a08688031215610fe3575f5ffd5b8535610fee81610c0d565b9450610ffc60208701610dff565b935061100a60408701610dff565b9250606086013561101a81610e15565b9150608086013561102a81610c0d565b809150509295509295909350565b8015158114610c21575f5ffd5b5f5f5f5f5f60a08688031215611059575f5ffd5b853561106481610c0d565b9450602086013561107481611038565b935060408601359250606086013561101a81610c0d565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b805160208201516001600160e01b03198116919060048210156110ea576001600160e01b0319600483900360031b81901b82161692505b5050919050565b60018060a01b03861681528460020b60208201528360020b60408201526001600160801b038316606082015260a060808201525f61113260a0830184610d2f565b979650505050505050565b5f5f6040838503121561114e575f5ffd5b505080516020909101519092909150565b6001600160a01b039384168152919092166020820152604081019190915260600190565b5f60208284031215611193575f5ffd5b815161119e81611038565b9392505050565b5f5f604083850312156111b6575f5ffd5b82516111c181610e15565b60208401519092506111d281610e15565b809150509250929050565b6001600160a01b0386811682528515156020830152604082018590528316606082015260a0608082018190525f9061113290830184610d2f565b5f60208284031215611227575f5ffd5b813561119e81610c0d565b5f60208284031215611242575f5ffd5b815161119e81610c0d56",
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

// PackV2Probe is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x027bf037.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function v2Probe(address pair, address tokenIn, uint256[] amountIns, uint256[] amount0Outs, uint256[] amount1Outs) returns(bool[] ok, bytes[] reasons)
func (testUniswapCaller *TestUniswapCaller) PackV2Probe(pair common.Address, tokenIn common.Address, amountIns []*big.Int, amount0Outs []*big.Int, amount1Outs []*big.Int) []byte {
	enc, err := testUniswapCaller.abi.Pack("v2Probe", pair, tokenIn, amountIns, amount0Outs, amount1Outs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackV2Probe is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x027bf037.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function v2Probe(address pair, address tokenIn, uint256[] amountIns, uint256[] amount0Outs, uint256[] amount1Outs) returns(bool[] ok, bytes[] reasons)
func (testUniswapCaller *TestUniswapCaller) TryPackV2Probe(pair common.Address, tokenIn common.Address, amountIns []*big.Int, amount0Outs []*big.Int, amount1Outs []*big.Int) ([]byte, error) {
	return testUniswapCaller.abi.Pack("v2Probe", pair, tokenIn, amountIns, amount0Outs, amount1Outs)
}

// V2ProbeOutput serves as a container for the return parameters of contract
// method V2Probe.
type V2ProbeOutput struct {
	Ok      []bool
	Reasons [][]byte
}

// UnpackV2Probe is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x027bf037.
//
// Solidity: function v2Probe(address pair, address tokenIn, uint256[] amountIns, uint256[] amount0Outs, uint256[] amount1Outs) returns(bool[] ok, bytes[] reasons)
func (testUniswapCaller *TestUniswapCaller) UnpackV2Probe(data []byte) (V2ProbeOutput, error) {
	out, err := testUniswapCaller.abi.Unpack("v2Probe", data)
	outstruct := new(V2ProbeOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Ok = *abi.ConvertType(out[0], new([]bool)).(*[]bool)
	outstruct.Reasons = *abi.ConvertType(out[1], new([][]byte)).(*[][]byte)
	return *outstruct, nil
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

// PackV2SwapAndRevert is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdfaf3cef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function v2SwapAndRevert(address payer, address pair, address tokenIn, uint256 amountIn, uint256 amount0Out, uint256 amount1Out) returns()
func (testUniswapCaller *TestUniswapCaller) PackV2SwapAndRevert(payer common.Address, pair common.Address, tokenIn common.Address, amountIn *big.Int, amount0Out *big.Int, amount1Out *big.Int) []byte {
	enc, err := testUniswapCaller.abi.Pack("v2SwapAndRevert", payer, pair, tokenIn, amountIn, amount0Out, amount1Out)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackV2SwapAndRevert is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdfaf3cef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function v2SwapAndRevert(address payer, address pair, address tokenIn, uint256 amountIn, uint256 amount0Out, uint256 amount1Out) returns()
func (testUniswapCaller *TestUniswapCaller) TryPackV2SwapAndRevert(payer common.Address, pair common.Address, tokenIn common.Address, amountIn *big.Int, amount0Out *big.Int, amount1Out *big.Int) ([]byte, error) {
	return testUniswapCaller.abi.Pack("v2SwapAndRevert", payer, pair, tokenIn, amountIn, amount0Out, amount1Out)
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

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (testUniswapCaller *TestUniswapCaller) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], testUniswapCaller.abi.Errors["V2SwapSucceeded"].ID.Bytes()[:4]) {
		return testUniswapCaller.UnpackV2SwapSucceededError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// TestUniswapCallerV2SwapSucceeded represents a V2SwapSucceeded error raised by the TestUniswapCaller contract.
type TestUniswapCallerV2SwapSucceeded struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error V2SwapSucceeded()
func TestUniswapCallerV2SwapSucceededErrorID() common.Hash {
	return common.HexToHash("0x6c7263b4cecbf50850e1c2204c3bd7c9ba83d37f3af43d75711877fb1ad92d6e")
}

// UnpackV2SwapSucceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error V2SwapSucceeded()
func (testUniswapCaller *TestUniswapCaller) UnpackV2SwapSucceededError(raw []byte) (*TestUniswapCallerV2SwapSucceeded, error) {
	out := new(TestUniswapCallerV2SwapSucceeded)
	if err := testUniswapCaller.abi.UnpackIntoInterface(out, "V2SwapSucceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
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
