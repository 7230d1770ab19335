// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

interface ITorosFactory {
    function owner() external view returns (address);
    function isPaused() external view returns (bool);
    function pausedPools(address) external view returns (bool);
    function receiverWhitelist(address) external view returns (bool);
    function getExitCooldown() external view returns (uint256);
}

interface ITorosPML {
    struct Asset {
        address asset;
        bool isDeposit;
    }

    function manager() external view returns (address);
    function collateral() external view returns (address);
    function debt() external view returns (uint256);
    function collateralPrice() external view returns (uint256);
    function quoteScale() external view returns (uint256);
    function getFee() external view returns (uint256, uint256, uint256, uint256, uint256);
    function getEntryFeeInfo() external view returns (uint256, uint256, uint256);
    function getExitFeeInfo() external view returns (uint256, uint256, uint256);
    function totalFundValue() external view returns (uint256);
    function assetValue(address, uint256) external view returns (uint256);
    function isDepositAsset(address) external view returns (bool);
    function getSupportedAssets() external view returns (Asset[] memory);
    function repay(uint256) external;
}

interface ITorosERC20 {
    function balanceOf(address) external view returns (uint256);
    function transfer(address to, uint256 amount) external returns (bool);
    function transferFrom(address from, address to, uint256 amount) external returns (bool);
}

/// @dev The real IPoolLogic.ComplexAsset, so withdrawSafe's selector matches.
library IPoolLogic {
    struct ComplexAsset {
        address supportedAsset;
        bytes withdrawData;
        uint256 slippageTolerance;
    }
}

/// @title TorosPoolLogic
/// @notice A look-alike of the dHEDGE PoolLogic behind Toros leveraged tokens (ETHBULL3X and
/// friends) with the real signatures and events of what navarb uses: tokenPrice(),
/// tokenPriceWithoutManagerFee(), calculateAvailableManagerFee(uint256), deposit(address,uint256),
/// withdrawSafe(uint256,(address,bytes,uint256)[]), getExitRemainingCooldown(address),
/// lastDeposit(address), lastExitCooldown(address), factory(), poolManagerLogic(),
/// mintManagerFee(), setPoolManagerLogic(address); events Deposit, Withdrawal (with
/// WithdrawnAsset[]), EntryFeeMinted, ExitFeeMinted.
///
/// Same rules as the real pool: tokenPrice = fundValue*1e18 / (supply + unminted streaming
/// fee); a deposit mints value*supply/fundValue tokens less the entry fee (minted to the
/// manager) and locks the depositor's tokens for the factory's exit cooldown (transfers and
/// withdrawals from a locked account revert "dh3", unless the receiver is whitelisted); a
/// withdrawal cannot happen in the deposit's block ("dh11"), the exit fee is transferred to the
/// manager and the rest redeems its portion of each supported asset; supply below 100,000 wei
/// is refused ("dh10").
///
/// Simplified: the collateral's share of the debt is repaid by sending collateral worth
/// portion*debt at the feed price to the factory (the lender stand-in) instead of the Aave
/// guard's flash loan and swap, so withdrawData and slippageTolerance are accepted but have
/// nothing to protect; no performance fee, DAO share, referral, privacy, value-manipulation
/// check, or execTransaction.
contract TorosPoolLogic {
    struct WithdrawnAsset {
        address asset;
        uint256 amount;
        bool externalWithdrawProcessed;
    }

    event Deposit(
        address fundAddress,
        address investor,
        address assetDeposited,
        uint256 amountDeposited,
        uint256 valueDeposited,
        uint256 fundTokensReceived,
        uint256 totalInvestorFundTokens,
        uint256 fundValue,
        uint256 totalSupply,
        uint256 time
    );
    event Withdrawal(
        address fundAddress,
        address investor,
        uint256 valueWithdrawn,
        uint256 fundTokensWithdrawn,
        uint256 totalInvestorFundTokens,
        uint256 fundValue,
        uint256 totalSupply,
        WithdrawnAsset[] withdrawnAssets,
        uint256 time
    );
    event EntryFeeMinted(address recipient, uint256 entryFeeAmount);
    event ExitFeeMinted(address recipient, uint256 exitFeeAmount);
    event Transfer(address indexed from, address indexed to, uint256 value);
    event Approval(address indexed owner, address indexed spender, uint256 value);

    string public name;
    string public symbol;
    uint8 public constant decimals = 18;
    uint256 public totalSupply;
    mapping(address => uint256) public balanceOf;
    mapping(address => mapping(address => uint256)) public allowance;

    address public immutable factory;
    address public poolManagerLogic;
    uint256 public tokenPriceAtLastFeeMint;
    uint256 public lastFeeMintTime;
    mapping(address => uint256) public lastDeposit;
    mapping(address => uint256) public lastExitCooldown;
    bool private entered;

    constructor(address factory_, string memory name_, string memory symbol_) {
        factory = factory_;
        name = name_;
        symbol = symbol_;
        tokenPriceAtLastFeeMint = 1e18;
        lastFeeMintTime = block.timestamp;
    }

    modifier nonReentrant() {
        require(!entered, "ReentrancyGuard: reentrant call");
        entered = true;
        _;
        entered = false;
    }

    modifier whenNotPaused() {
        require(!ITorosFactory(factory).isPaused(), "dh1");
        require(!ITorosFactory(factory).pausedPools(address(this)), "dh2");
        _;
    }

    function setPoolManagerLogic(address _poolManagerLogic) external {
        require(_poolManagerLogic != address(0), "dh18");
        require(msg.sender == factory || msg.sender == ITorosFactory(factory).owner(), "dh28");
        poolManagerLogic = _poolManagerLogic;
    }

    // ---- prices and fees ----

    function tokenPrice() external view returns (uint256 price) {
        uint256 fundValue = ITorosPML(poolManagerLogic).totalFundValue();
        price = _tokenPrice(fundValue, totalSupply + calculateAvailableManagerFee(fundValue));
    }

    function tokenPriceWithoutManagerFee() external view returns (uint256 price) {
        price = _tokenPrice(ITorosPML(poolManagerLogic).totalFundValue(), totalSupply);
    }

    /// @notice Streaming (management) fee tokens due since lastFeeMintTime.
    function calculateAvailableManagerFee(uint256 _fundValue) public view returns (uint256 fee) {
        if (totalSupply == 0 || _fundValue == 0) return 0;
        (, uint256 management,,, uint256 denominator) = ITorosPML(poolManagerLogic).getFee();
        fee = totalSupply * (block.timestamp - lastFeeMintTime) * management / denominator / 365 days;
    }

    function mintManagerFee() external nonReentrant whenNotPaused {
        _mintManagerFee();
    }

    function getExitRemainingCooldown(address _depositor) public view returns (uint256 remaining) {
        uint256 finished = lastDeposit[_depositor] + lastExitCooldown[_depositor];
        if (finished < block.timestamp) return 0;
        remaining = finished - block.timestamp;
    }

    // ---- deposit and withdraw ----

    function deposit(address _asset, uint256 _amount) external nonReentrant whenNotPaused returns (uint256 liquidityMinted) {
        ITorosPML pml = ITorosPML(poolManagerLogic);
        require(pml.isDepositAsset(_asset), "dh8");
        uint256 fundValue = _mintManagerFee();
        require(ITorosERC20(_asset).transferFrom(msg.sender, address(this), _amount), "dh14");
        uint256 usdAmount = pml.assetValue(_asset, _amount);

        uint256 supply = totalSupply;
        liquidityMinted = supply > 0 ? usdAmount * supply / fundValue : usdAmount;
        (uint256 entryNum,, uint256 den) = pml.getEntryFeeInfo();
        uint256 entryFee = liquidityMinted * entryNum / den;
        liquidityMinted -= entryFee;

        lastExitCooldown[msg.sender] = _calculateCooldown(
            balanceOf[msg.sender], liquidityMinted, ITorosFactory(factory).getExitCooldown(),
            lastExitCooldown[msg.sender], lastDeposit[msg.sender]
        );
        lastDeposit[msg.sender] = block.timestamp;
        require(liquidityMinted >= 100_000, "dh10");

        _mint(msg.sender, liquidityMinted);
        if (entryFee > 0) {
            address manager = pml.manager();
            _mint(manager, entryFee);
            emit EntryFeeMinted(manager, entryFee);
        }
        emit Deposit(
            address(this), msg.sender, _asset, _amount, usdAmount, liquidityMinted, balanceOf[msg.sender],
            fundValue + usdAmount, totalSupply, block.timestamp
        );
    }

    function withdrawSafe(uint256 _fundTokenAmount, IPoolLogic.ComplexAsset[] memory _complexAssetsData)
        external
        nonReentrant
        whenNotPaused
    {
        require(lastDeposit[msg.sender] < block.timestamp, "dh11");
        require(balanceOf[msg.sender] >= _fundTokenAmount, "dh12");
        ITorosPML pml = ITorosPML(poolManagerLogic);
        ITorosPML.Asset[] memory assets = pml.getSupportedAssets();
        require(_complexAssetsData.length == assets.length, "dh19");

        uint256 fundValue = _mintManagerFee();
        uint256 portion = _burnWithExitFee(pml, _fundTokenAmount);
        WithdrawnAsset[] memory out = _payOut(pml, assets, portion);
        uint256 valueWithdrawn = portion * fundValue / 1e18;
        emit Withdrawal(
            address(this), msg.sender, valueWithdrawn, _fundTokenAmount, balanceOf[msg.sender],
            fundValue - valueWithdrawn, totalSupply, out, block.timestamp
        );
    }

    /// @dev Burns the caller's tokens less the exit fee (sent to the manager); returns the
    /// portion of the pool they redeem, 1e18 = all.
    function _burnWithExitFee(ITorosPML pml, uint256 amount) private returns (uint256 portion) {
        (uint256 exitNum,, uint256 den) = pml.getExitFeeInfo();
        uint256 exitFee = amount * exitNum / den;
        uint256 supply = totalSupply;
        uint256 toBurn = amount - exitFee;
        require(supply - toBurn >= 100_000 || supply == toBurn, "dh10");
        portion = toBurn * 1e18 / supply;
        _burn(msg.sender, toBurn);
        if (exitFee > 0) {
            address manager = pml.manager();
            _transfer(msg.sender, manager, exitFee);
            emit ExitFeeMinted(manager, exitFee);
        }
    }

    function _payOut(ITorosPML pml, ITorosPML.Asset[] memory assets, uint256 portion)
        private
        returns (WithdrawnAsset[] memory out)
    {
        out = new WithdrawnAsset[](assets.length);
        for (uint256 i = 0; i < assets.length; i++) {
            uint256 amount = ITorosERC20(assets[i].asset).balanceOf(address(this)) * portion / 1e18;
            if (assets[i].asset == pml.collateral()) amount -= _repayDebt(pml, portion);
            if (amount > 0) require(ITorosERC20(assets[i].asset).transfer(msg.sender, amount), "dh14");
            out[i] = WithdrawnAsset(assets[i].asset, amount, false);
        }
    }

    /// @dev Repays portion of the debt with collateral at the feed price; returns the collateral used.
    function _repayDebt(ITorosPML pml, uint256 portion) private returns (uint256 used) {
        uint256 owed = pml.debt() * portion / 1e18;
        if (owed == 0) return 0;
        used = (owed * 1e18 - 1) / pml.collateralPrice() + 1;
        pml.repay(owed);
        require(ITorosERC20(pml.collateral()).transfer(factory, used), "dh14");
    }

    function _mintManagerFee() private returns (uint256 fundValue) {
        fundValue = ITorosPML(poolManagerLogic).totalFundValue();
        uint256 fee = calculateAvailableManagerFee(fundValue);
        (, uint256 management,,,) = ITorosPML(poolManagerLogic).getFee();
        if (fee > 0 || management == 0 || totalSupply == 0) lastFeeMintTime = block.timestamp;
        if (fee > 0) _mint(ITorosPML(poolManagerLogic).manager(), fee);
    }

    function _tokenPrice(uint256 _fundValue, uint256 _tokenSupply) private pure returns (uint256) {
        if (_tokenSupply == 0 || _fundValue == 0) return 0;
        return _fundValue * 1e18 / _tokenSupply;
    }

    /// @dev The real pool's cooldown rule (PoolLogicLib.calculateCooldown).
    function _calculateCooldown(
        uint256 _currentBalance,
        uint256 _liquidityMinted,
        uint256 _newCooldown,
        uint256 _lastCooldown,
        uint256 _lastDepositTime
    ) private view returns (uint256) {
        uint256 endsAt = _lastDepositTime + _lastCooldown;
        uint256 remaining = endsAt < block.timestamp ? 0 : endsAt - block.timestamp;
        if (_currentBalance == 0 && _liquidityMinted == 0) return 0;
        if (_currentBalance == 0) return _newCooldown;
        if (_liquidityMinted == 0 || _newCooldown < remaining) return remaining;
        uint256 aggregated = _newCooldown * _liquidityMinted / _currentBalance + remaining;
        return aggregated > _newCooldown ? _newCooldown : aggregated != 0 ? aggregated : 1;
    }

    // ---- ERC20 with the exit-cooldown lock ----

    function approve(address spender, uint256 amount) external returns (bool) {
        allowance[msg.sender][spender] = amount;
        emit Approval(msg.sender, spender, amount);
        return true;
    }

    function transfer(address to, uint256 amount) external returns (bool) {
        _transfer(msg.sender, to, amount);
        return true;
    }

    function transferFrom(address from, address to, uint256 amount) external returns (bool) {
        uint256 allowed = allowance[from][msg.sender];
        if (allowed != type(uint256).max) {
            require(allowed >= amount, "ERC20: transfer amount exceeds allowance");
            allowance[from][msg.sender] = allowed - amount;
        }
        _transfer(from, to, amount);
        return true;
    }

    function _beforeTokenTransfer(address from, address to) private view {
        require(!ITorosFactory(factory).isPaused(), "dh1");
        require(!ITorosFactory(factory).pausedPools(address(this)), "dh2");
        if (from == address(0) || ITorosFactory(factory).receiverWhitelist(to)) return;
        require(getExitRemainingCooldown(from) == 0, "dh3");
    }

    function _transfer(address from, address to, uint256 amount) private {
        _beforeTokenTransfer(from, to);
        uint256 b = balanceOf[from];
        require(b >= amount, "ERC20: transfer amount exceeds balance");
        balanceOf[from] = b - amount;
        balanceOf[to] += amount;
        emit Transfer(from, to, amount);
    }

    function _mint(address to, uint256 amount) private {
        _beforeTokenTransfer(address(0), to);
        totalSupply += amount;
        balanceOf[to] += amount;
        emit Transfer(address(0), to, amount);
    }

    function _burn(address from, uint256 amount) private {
        _beforeTokenTransfer(from, address(0));
        uint256 b = balanceOf[from];
        require(b >= amount, "ERC20: burn amount exceeds balance");
        balanceOf[from] = b - amount;
        totalSupply -= amount;
        emit Transfer(from, address(0), amount);
    }
}
