// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

interface IIndexFeeSet {
    function manager() external view returns (address);
    function totalSupply() external view returns (uint256);
    function initializeModule() external;
    function mint(address, uint256) external;
}

/// @title IndexStreamingFeeModule
/// @notice A look-alike of Set Protocol v2's StreamingFeeModule (Index Coop's leverage tokens
/// charge 3.65%/yr on 2x, 5.48%/yr on 3x through it) with the real signatures:
/// feeStates(address) -> (feeRecipient, maxStreamingFeePercentage, streamingFeePercentage,
/// lastStreamingFeeTimestamp), getFee(address), accrueFee(address),
/// initialize(address,(address,uint256,uint256,uint256)), updateStreamingFee(address,uint256),
/// event FeeActualized(address indexed,uint256,uint256).
///
/// As the real module: the fee due is streamingFeePercentage * elapsed / 365.25 days, and
/// accrueFee mints feePercentage * supply / (1e18 - feePercentage) new tokens to the recipient,
/// diluting every holder by exactly that percentage. Simplified: no protocol fee (no controller),
/// and no position-multiplier edit (the look-alike set computes its units from balances, so
/// the new supply already dilutes them).
contract IndexStreamingFeeModule {
    struct FeeState {
        address feeRecipient;
        uint256 maxStreamingFeePercentage;
        uint256 streamingFeePercentage;
        uint256 lastStreamingFeeTimestamp;
    }

    uint256 private constant ONE_YEAR_IN_SECONDS = 365.25 days;

    mapping(address => FeeState) public feeStates;

    event FeeActualized(address indexed _setToken, uint256 _managerFee, uint256 _protocolFee);
    event StreamingFeeUpdated(address indexed _setToken, uint256 _newStreamingFee);

    error OnlyManager();
    error BadFee();

    modifier onlyManager(address _setToken) {
        if (msg.sender != IIndexFeeSet(_setToken).manager()) revert OnlyManager();
        _;
    }

    function initialize(address _setToken, FeeState memory _settings) external onlyManager(_setToken) {
        if (_settings.streamingFeePercentage > _settings.maxStreamingFeePercentage || _settings.maxStreamingFeePercentage >= 1e18) {
            revert BadFee();
        }
        _settings.lastStreamingFeeTimestamp = block.timestamp;
        feeStates[_setToken] = _settings;
        IIndexFeeSet(_setToken).initializeModule();
    }

    /// @notice The fee percentage due since the last accrual (1e18 = 100%).
    function getFee(address _setToken) public view returns (uint256) {
        FeeState storage s = feeStates[_setToken];
        return s.streamingFeePercentage * (block.timestamp - s.lastStreamingFeeTimestamp) / ONE_YEAR_IN_SECONDS;
    }

    function accrueFee(address _setToken) public {
        uint256 fee = getFee(_setToken);
        uint256 minted;
        if (fee > 0) {
            minted = fee * IIndexFeeSet(_setToken).totalSupply() / (1e18 - fee);
            if (minted > 0) IIndexFeeSet(_setToken).mint(feeStates[_setToken].feeRecipient, minted);
        }
        feeStates[_setToken].lastStreamingFeeTimestamp = block.timestamp;
        emit FeeActualized(_setToken, minted, 0);
    }

    function updateStreamingFee(address _setToken, uint256 _newFee) external onlyManager(_setToken) {
        if (_newFee > feeStates[_setToken].maxStreamingFeePercentage) revert BadFee();
        accrueFee(_setToken);
        feeStates[_setToken].streamingFeePercentage = _newFee;
        emit StreamingFeeUpdated(_setToken, _newFee);
    }
}
